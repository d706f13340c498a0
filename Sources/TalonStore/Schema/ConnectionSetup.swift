import GRDB

/// How every connection to the journal is set up.
///
/// - `journal_mode=WAL`: readers (web, dashboard) never block the writer.
///   <https://www.sqlite.org/wal.html>
/// - `synchronous=FULL`: in WAL mode NORMAL may lose the last transactions on power
///   loss; FULL syncs the WAL at every commit, so an answered command is on disk.
///   <https://www.sqlite.org/pragma.html#pragma_synchronous>
/// - a busy timeout, so a checkpoint or a backup tool holding a lock briefly does not
///   fail a commit. <https://www.sqlite.org/c3ref/busy_timeout.html>
enum ConnectionSetup {
    static func configuration(_ options: SQLiteJournal.Options) -> Configuration {
        var config = Configuration()
        config.label = "talon.journal"
        config.journalMode = .wal
        config.busyMode = .timeout(options.busyTimeout)
        config.maximumReaderCount = options.maximumReaderCount
        config.foreignKeysEnabled = false // the schema declares none (see SchemaV1)
        config.prepareDatabase { db in
            try db.execute(sql: """
                PRAGMA synchronous = FULL;
                PRAGMA temp_store = MEMORY;
                PRAGMA journal_size_limit = 67108864;
                """)
        }
        return config
    }

    /// GRDB's `DatabasePool` switches its writer to WAL *after* `prepareDatabase` and sets
    /// `synchronous=NORMAL` while doing so; this puts FULL back on the writer.
    static func restoreFullSync(_ db: Database) throws {
        try db.execute(sql: "PRAGMA synchronous = FULL")
    }
}
