import Foundation
public import TalonCore
import Synchronization

/// A journal in memory, for engine tests that are not about durability. It can be told
/// to fail its next commit, to test that a failed commit answers nothing.
public final class MemoryJournal: Journal {
    private struct Store {
        var events: [JournaledEvent] = []
        var results: [CommandID: CommandResult] = [:]
        var snapshots: [Snapshot] = []
        var commits = 0
        var failNext = false
    }
    private let store = Mutex(Store())

    public init() {}

    public func recover(usingSnapshot: Bool) async throws -> Recovery {
        store.withLock { s in
            let snap = usingSnapshot ? s.snapshots.last : nil
            return Recovery(snapshot: snap, events: s.events.filter { $0.sequence > (snap?.sequence ?? 0) })
        }
    }

    public func commit(_ batch: JournalBatch) throws {
        try store.withLock { s in
            if s.failNext {
                s.failNext = false
                throw HallError(.journalFailed, "disk full (test)")
            }
            // As SQLite's primary key does: a command id is journaled once.
            for e in batch.entries where s.results[e.command.id] != nil {
                throw HallError(.conflict, "command \(e.command.id.rawValue) is already journaled")
            }
            for e in batch.entries {
                s.events.append(contentsOf: e.events)
                s.results[e.command.id] = e.result
            }
            s.commits += 1
        }
    }

    public func results(of ids: [CommandID]) throws -> [CommandID: CommandResult] {
        store.withLock { s in
            var out: [CommandID: CommandResult] = [:]
            for id in ids { if let r = s.results[id] { out[id] = r } }
            return out
        }
    }

    public func saveSnapshot(_ snapshot: Snapshot) async throws {
        store.withLock { $0.snapshots.append(snapshot) }
    }

    /// Every event committed so far.
    public var events: [JournaledEvent] { store.withLock { $0.events } }
    /// How many commits (transactions) there were.
    public var commits: Int { store.withLock { $0.commits } }
    /// Makes the next commit fail.
    public func failNextCommit() { store.withLock { $0.failNext = true } }
}
