import Foundation
@testable import TalonStore

/// A journal on a real SQLite file in a fresh temporary directory.
struct TemporaryJournal {
    let directory: URL
    var path: String { directory.appendingPathComponent("hall.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("talon-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func open(_ options: SQLiteJournal.Options = .init()) throws -> SQLiteJournal {
        try SQLiteJournal(path: path, options: options)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Runs `body` with a fresh journal, then closes it and removes its directory.
func withJournal<T>(_ body: (SQLiteJournal, TemporaryJournal) async throws -> T) async throws -> T {
    let temporary = try TemporaryJournal()
    defer { temporary.remove() }
    let journal = try temporary.open()
    defer { try? journal.close() }
    return try await body(journal, temporary)
}
