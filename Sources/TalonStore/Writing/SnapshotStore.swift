import Foundation
import TalonCore
import GRDB

/// The `snapshots` table: engine states as opaque blobs, the latest few kept.
enum SnapshotStore {
    static func save(_ snapshot: Snapshot, keeping kept: Int, db: Database, path: String) throws {
        let last = try EventQueries.lastSequence(db)
        guard snapshot.sequence <= last else {
            throw StoreError.invalidArgument(path,
                "snapshot at sequence \(snapshot.sequence) is past the last event in journal \(path) (\(last)); "
                + "save a snapshot only after its events are committed")
        }
        try db.cachedStatement(sql: """
            INSERT INTO snapshots (seq, at, state) VALUES (?, ?, ?)
            ON CONFLICT (seq) DO UPDATE SET at = excluded.at, state = excluded.state
            """).execute(arguments: [snapshot.sequence, UnixNanos.from(snapshot.at), snapshot.state])
        try db.cachedStatement(sql: """
            DELETE FROM snapshots WHERE seq NOT IN (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT ?)
            """).execute(arguments: [kept])
    }

    static func latest(_ db: Database, path: String) throws -> Snapshot? {
        guard let row = try Row.fetchOne(db.cachedStatement(
            sql: "SELECT seq, at, state FROM snapshots ORDER BY seq DESC LIMIT 1"))
        else { return nil }
        return Snapshot(sequence: row[0], at: UnixNanos.date(row[1]), state: row[2])
    }

    static func sequences(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT seq FROM snapshots ORDER BY seq"))
    }
}
