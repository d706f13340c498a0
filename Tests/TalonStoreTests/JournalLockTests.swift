import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

/// One journal, one engine: a second open of the same file fails while the first holds it.
@Suite("The journal's lock")
struct JournalLockTests {
    @Test("a second open fails with in_use and names the holder; after close it opens")
    func secondOpen() throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        let first = try temporary.open()
        let error = #expect(throws: StoreError.self) { try temporary.open() }
        #expect(error?.code == .inUse)
        #expect(error?.message.contains("is in use by process \(getpid())") == true, "\(String(describing: error))")
        #expect(error?.message.contains(temporary.path) == true)
        try first.close()
        let second = try temporary.open()
        try second.close()
    }

    @Test("a journal dropped without close releases its lock")
    func dropped() throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        do { _ = try temporary.open() }
        let again = try temporary.open()
        try again.close()
    }

    @Test("the lock is another process's too: flock(1) cannot take it while the journal is open")
    func otherProcess() throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        let journal = try temporary.open()
        let lockFile = temporary.path + "-talon.lock"
        #expect(FileManager.default.fileExists(atPath: lockFile))
        #expect(try flockFails(lockFile), "flock -n took the lock while the journal is open")
        try journal.close()
        #expect(try !flockFails(lockFile), "the lock stayed after close")
    }

    /// Whether `flock -n FILE true` fails (exit status 1): someone holds the lock.
    func flockFails(_ file: String) throws -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        p.arguments = ["-n", file, "true"]
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus != 0
    }
}
