import TalonTestSupport
@testable import TalonStore

/// A journal on a real SQLite file in a fresh temporary folder.
struct TemporaryJournal {
    let folder: TempFolder
    var path: String { folder.file("hall.sqlite") }

    init() throws {
        folder = try TempFolder("talon-store")
    }

    func open(_ options: SQLiteJournal.Options = .init()) throws -> SQLiteJournal {
        try SQLiteJournal(path: path, options: options)
    }

    func remove() { folder.remove() }
}

/// Runs `body` with a fresh journal, then closes it and removes its folder.
func withJournal<T>(_ body: (SQLiteJournal, TemporaryJournal) async throws -> T) async throws -> T {
    let temporary = try TemporaryJournal()
    defer { temporary.remove() }
    let journal = try temporary.open()
    defer { try? journal.close() }
    return try await body(journal, temporary)
}
