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
        return migrator
    }

    /// The newest version this build knows.
    static let latest = "v2"
}
