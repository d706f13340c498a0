import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("Errors say which file and what to do")
struct OpenErrorTests {
    @Test("a journal in a missing directory")
    func missingDirectory() throws {
        let path = "/nonexistent-talon-\(UUID().uuidString)/hall.sqlite"
        let error = #expect(throws: StoreError.self) { try SQLiteJournal(path: path) }
        #expect(error?.code == .cannotOpen)
        #expect(error?.message.hasPrefix("cannot open journal \(path): directory") == true)
        #expect(error?.message.contains("create it") == true)
    }

    @Test("a file that is not a journal")
    func notADatabase() throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: temporary.path))
        let error = #expect(throws: StoreError.self) { try temporary.open() }
        #expect(error?.code == .cannotOpen)
        #expect(error?.message.contains(temporary.path) == true)
        #expect(error?.message.contains("restore the latest backup") == true)
    }

    @Test("a journal from a newer Talon is refused, not migrated")
    func newerSchema() async throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        let journal = try temporary.open()
        try await journal.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        }
        try journal.close()
        let error = #expect(throws: StoreError.self) { try temporary.open() }
        #expect(error?.code == .migrationFailed)
        #expect(error?.message.contains("newer Talon") == true)
    }
}
