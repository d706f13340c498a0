import GRDB

extension SQLiteJournal {
    /// The text of `PRAGMA integrity_check`: `ok`, or one problem per line.
    ///
    /// Reads the whole file: seconds for a year of history. Run it from a maintenance
    /// command, not on the commit path. <https://www.sqlite.org/pragma.html#pragma_integrity_check>
    public func integrityCheck() async throws -> String {
        try await reading("the integrity check") { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
        }
    }
}
