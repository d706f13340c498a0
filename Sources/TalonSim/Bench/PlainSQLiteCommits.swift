import Foundation
import GRDBSQLite

/// The plain commit that `talon bench engine` compares a command with: one row inserted
/// and committed at a time, on a WAL database with `synchronous=FULL`, through SQLite's C
/// API with its three statements prepared once — nothing between the loop and SQLite.
/// <https://www.sqlite.org/c3ref/step.html>
///
/// Not Sendable: one task opens, uses and closes it.
final class PlainSQLiteCommits {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let path: String
    private let db: OpaquePointer
    private var begin: OpaquePointer?, insert: OpaquePointer?, end: OpaquePointer?
    private var next: Int64 = 0
    private let payload = String(repeating: "x", count: 300)

    /// Opens a fresh database at `path` with the table and the statements.
    init(path: String) throws(Failure) {
        self.path = path
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
              let handle else {
            sqlite3_close_v2(handle)
            throw Failure(description: "cannot open \(path)")
        }
        db = handle
        do {
            try exec("""
                PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
                CREATE TABLE t (id INTEGER PRIMARY KEY, at REAL NOT NULL, payload TEXT NOT NULL);
                """)
            begin = try prepare("BEGIN")
            insert = try prepare("INSERT INTO t (id, at, payload) VALUES (?, ?, ?)")
            end = try prepare("COMMIT")
        } catch {
            close()
            throw error
        }
    }

    /// One insert and commit; its time in microseconds.
    func commit() throws(Failure) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        next += 1
        try step(begin)
        sqlite3_bind_int64(insert, 1, next)
        sqlite3_bind_double(insert, 2, Date().timeIntervalSince1970)
        sqlite3_bind_text(insert, 3, payload, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self)) // SQLITE_TRANSIENT
        try step(insert)
        try step(end)
        return EngineBenchmark.micros(since: start)
    }

    /// `count` commits in a row.
    func commits(_ count: Int) throws(Failure) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try commit()) }
        return out
    }

    func close() {
        for statement in [begin, insert, end] { sqlite3_finalize(statement) }
        begin = nil; insert = nil; end = nil
        sqlite3_close_v2(db)
    }

    private func exec(_ sql: String) throws(Failure) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw failure(sql) }
    }

    private func prepare(_ sql: String) throws(Failure) -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw failure(sql) }
        return statement
    }

    private func step(_ statement: OpaquePointer?) throws(Failure) {
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_DONE else {
            throw failure(statement.map { String(cString: sqlite3_sql($0)) } ?? "a finalized statement")
        }
    }

    private func failure(_ sql: String) -> Failure {
        Failure(description: "\(path): «\(sql)» failed: \(String(cString: sqlite3_errmsg(db)))")
    }
}
