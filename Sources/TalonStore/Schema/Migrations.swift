import GRDB

/// The journal's schema versions, applied in order by GRDB's `DatabaseMigrator`.
///
/// Add a version by registering a new migration at the end; never change one that has
/// shipped. See <https://swiftpackageindex.com/groue/grdb.swift/documentation/grdb/migrations>.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: SchemaV1.sql)
        }
        // The kiosk: a ticket's live-page token, the application a pickup ticket is for,
        // and what its printer did.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE tickets ADD COLUMN public_token TEXT;
                ALTER TABLE tickets ADD COLUMN application TEXT;
                ALTER TABLE tickets ADD COLUMN print_status TEXT;
                """)
        }
        // Indexes that no query reads but issues, calls and finishes paid for: each write
        // to one is one more page in the commit's WAL frames to fsync (`talon bench engine`).
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                DROP INDEX tickets_status;
                DROP INDEX tickets_issued_at;
                DROP INDEX call_log_at;
                DROP INDEX call_log_ticket;
                """)
        }
        return migrator
    }

    /// The newest version this build knows.
    static let latest = "v3"
}
