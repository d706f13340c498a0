public import TalonCore
import GRDB

extension SQLiteJournal {
    /// The latest snapshot and every event after it, in sequence order (without the
    /// snapshot, every event).
    ///
    /// Two range reads on primary keys (`snapshots.seq`, `events.seq`): its cost is the
    /// number of events since the snapshot, not the size of the history.
    public func recover(usingSnapshot: Bool) async throws -> Recovery {
        try await reading("the latest snapshot and the events after it") { [path] db in
            let snapshot = usingSnapshot ? try SnapshotStore.latest(db, path: path) : nil
            let events = try EventQueries.events(after: snapshot?.sequence, limit: nil, db: db, path: path)
            return Recovery(snapshot: snapshot, events: events)
        }
    }

    /// Appends a batch in one write transaction: each command's row (its id, command and
    /// first answer), each event, and the read-model changes those events make.
    ///
    /// Returns after SQLite has committed with `synchronous=FULL`, that is after the WAL
    /// was synced. Throws and writes nothing at all if any part fails; a command id that
    /// is already in the journal, or twice in the batch, throws ``StoreError/Code/duplicateCommand``
    /// and never overwrites the first answer.
    public func commit(_ batch: JournalBatch) throws {
        guard !batch.entries.isEmpty else { return }
        var seen = Set<CommandID>(minimumCapacity: batch.entries.count)
        for entry in batch.entries where !seen.insert(entry.command.id).inserted {
            throw StoreError.duplicateCommand(path, entry.command.id.rawValue, inBatch: true)
        }
        let count = batch.entries.count
        try writingNow(count == 1 ? "a command" : "a batch of \(count) commands") { [path] db in
            try BatchWriter(db: db, path: path).write(batch)
        }
    }

    /// The first answers of the commands among `ids` that were ever committed; ids never
    /// committed are absent. One `WHERE id IN (…)` query per 500 ids.
    public func results(of ids: [CommandID]) throws -> [CommandID: CommandResult] {
        guard !ids.isEmpty else { return [:] }
        return try readingNow("command answers") { [path] db in
            try CommandQueries.results(of: ids, db: db, path: path)
        }
    }

    /// Saves a snapshot of the engine state as of `snapshot.sequence` and deletes all but
    /// the latest ``Options/snapshotsKept``.
    ///
    /// The sequence may not be past the last journaled event: recovery would then skip
    /// events committed later with a lower number.
    public func saveSnapshot(_ snapshot: Snapshot) async throws {
        let kept = options.snapshotsKept
        try await writing("snapshot \(snapshot.sequence)") { [path] db in
            try SnapshotStore.save(snapshot, keeping: kept, db: db, path: path)
        }
    }
}
