extension HallEngine {
    /// Loads bookings into the hall, each under its content-derived command id
    /// (``ImportCommandID``), and says what became of them.
    ///
    /// A booking the hall already has exactly so is not submitted at all, so importing the
    /// same file again changes nothing (even for bookings already checked in). The others are
    /// submitted together, so the engine commits them in a few group commits, not one
    /// fsync per row.
    ///
    /// - Throws: ``HallError`` with ``HallError/Code/journalFailed`` when the journal could not
    ///   take them: nothing of the failed batch is in the hall. A refusal of one row is not
    ///   thrown; it is in ``ImportSummary/refused``.
    public nonisolated func load(appointments: [Appointment]) async throws -> ImportSummary {
        try await load(appointments, key: \.code.rawValue, id: ImportCommandID.appointment,
                       command: Command.bookAppointment) { $0.has($1) }
    }

    /// Loads document-readiness notices, the same way as ``load(appointments:)``.
    public nonisolated func load(notices: [ReadinessNotice]) async throws -> ImportSummary {
        try await load(notices, key: \.application.rawValue, id: ImportCommandID.notice,
                       command: Command.loadNotice) { $0.has($1) }
    }

    /// Rows submitted at once: enough for one large group commit, bounded so a huge
    /// import does not queue everything in memory.
    static var importChunk: Int { 500 }

    private nonisolated func load<Row: Sendable>(
        _ rows: [Row], key: KeyPath<Row, String>, id: (Row) -> CommandID, command: (Row) -> Command,
        present: (HallState, Row) -> Bool
    ) async throws -> ImportSummary {
        var summary = ImportSummary()
        let before = await current
        var pending: [(index: Int, envelope: CommandEnvelope)] = []
        for (index, row) in rows.enumerated() {
            if present(before, row) {
                summary.unchanged += 1
            } else {
                pending.append((index, CommandEnvelope(id: id(row), command: command(row))))
            }
        }
        var start = 0
        while start < pending.count {
            let chunk = Array(pending[start..<min(start + Self.importChunk, pending.count)])
            start += chunk.count
            let failures = try await submitAll(chunk)
            let after = await current
            for (index, _) in chunk {
                let row = rows[index]
                if let failure = failures[index] {
                    summary.refused.append(ImportRefusal(index: index, key: row[keyPath: key],
                                                         code: failure.code.rawValue, message: failure.message))
                } else if present(after, row) {
                    summary.loaded += 1
                } else {
                    // The journal had this very row under its id already (imported before, then
                    // changed by a later import): the engine answered from the journal.
                    summary.unchanged += 1
                }
            }
        }
        return summary
    }

    /// Submits the envelopes concurrently; the refusals by row index. A journal failure
    /// is thrown: the rows cannot be said to be loaded or refused.
    private nonisolated func submitAll(_ chunk: [(index: Int, envelope: CommandEnvelope)]) async throws -> [Int: HallError] {
        try await withThrowingTaskGroup(of: (Int, HallError?).self) { group in
            for (index, envelope) in chunk {
                group.addTask {
                    do {
                        _ = try await self.submit(envelope)
                        return (index, nil)
                    } catch let error as HallError where error.code != .journalFailed {
                        return (index, error)
                    }
                }
            }
            var failures: [Int: HallError] = [:]
            for try await (index, failure) in group {
                if let failure { failures[index] = failure }
            }
            return failures
        }
    }
}
