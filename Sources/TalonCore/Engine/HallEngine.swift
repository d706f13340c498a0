public import Foundation

/// The hall engine: the one writer of the hall's state and journal.
///
/// Adapters ``submit(_:)`` commands. The engine batches the commands that arrive while a
/// commit is in flight (group commit), decides each against the state, appends all
/// their events to the journal in one transaction, and only after the commit answers
/// them and publishes the events. A command id seen before gets its first answer back,
/// without a second effect — across restarts too, since the answers are journaled.
///
/// The engine runs on a thread of its own (``DedicatedThreadExecutor``) and waits there for each
/// commit, so a command costs its decision, its writes and one fsync — no thread hops
/// around the commit.
public actor HallEngine {
    public nonisolated let config: HallConfig
    public nonisolated let decider: Decider
    public nonisolated let estimator: WaitEstimator
    let clock: any HallClock
    let journal: any Journal
    /// Save a snapshot after this many events.
    let snapshotEvery: Int64

    private(set) var state: HallState
    private var pending: [Pending] = []
    private var draining = false
    private var answered = AnswerCache(capacity: 50_000)
    private var lastSnapshotSequence: Int64
    private let broadcaster = EventBroadcaster()
    private var commitNanos: [UInt64] = []
    /// Commits (transactions) since the engine started.
    public private(set) var commits = 0
    /// 8 MiB, a main thread's stack: snapshots encode the whole state through Codable.
    private nonisolated let thread = DedicatedThreadExecutor(name: "talon-engine", stackSize: 8 << 20)

    public nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }

    struct Pending {
        var envelope: CommandEnvelope
        var continuation: CheckedContinuation<CommandResult, any Error>
    }

    /// Recovers the hall from `journal` (snapshot, then the events after it) and returns
    /// an engine ready for commands.
    public static func start(config: HallConfig, clock: any HallClock, journal: any Journal,
                             snapshotEvery: Int64 = 5_000) async throws -> HallEngine {
        guard let decider = Decider(config: config) else {
            throw HallError(.conflict, "часовой пояс «\(config.center.timeZone)» неизвестен")
        }
        let (state, snapshotSequence) = try await recoveredState(from: journal, config: config)
        let engine = HallEngine(config: config, decider: decider, clock: clock, journal: journal,
                                state: state, snapshotSequence: snapshotSequence, snapshotEvery: snapshotEvery)
        // A long replay (no snapshot, or one this Talon could not read) is not repeated at
        // the next start.
        if state.sequence - snapshotSequence >= snapshotEvery { await engine.snapshot() }
        return engine
    }

    /// The state as the journal has it: the last snapshot and the events after it. A
    /// snapshot is only a shortcut: one that does not decode (written by an older Talon
    /// whose state had other fields, or damaged) is passed over and the whole journal is
    /// replayed instead.
    ///
    /// - Returns: the state, and the sequence of the snapshot it started from (0 when it
    ///   replayed the whole journal).
    static func recoveredState(from journal: any Journal,
                               config: HallConfig) async throws -> (HallState, snapshotSequence: Int64) {
        let recovery = try await journal.recover()
        var state = HallState(config: config)
        if let snapshot = recovery.snapshot {
            guard let saved = try? JSONDecoder().decode(HallState.self, from: snapshot.state) else {
                for e in try await journal.recover(usingSnapshot: false).events { state.apply(e) }
                return (state, 0)
            }
            state = saved
            state.adopt(config)
        }
        for e in recovery.events { state.apply(e) }
        return (state, recovery.snapshot?.sequence ?? 0)
    }

    private init(config: HallConfig, decider: Decider, clock: any HallClock, journal: any Journal,
                 state: HallState, snapshotSequence: Int64, snapshotEvery: Int64) {
        self.config = config
        self.decider = decider
        self.estimator = WaitEstimator(config: config)
        self.clock = clock
        self.journal = journal
        self.state = state
        self.snapshotEvery = snapshotEvery
        self.lastSnapshotSequence = snapshotSequence
    }

    deinit { thread.stop() }

    // MARK: - Commands

    /// Submits a command and waits for its answer, which comes only once its events are
    /// durable. Throws ``HallError`` when the hall refuses the command.
    public func submit(_ envelope: CommandEnvelope) async throws -> CommandResult {
        try await withCheckedThrowingContinuation { continuation in
            pending.append(Pending(envelope: envelope, continuation: continuation))
            if !draining {
                draining = true
                Task { await self.drain() }
            }
        }
    }

    /// Convenience: submits `command` under `id`.
    public func submit(_ command: Command, id: CommandID) async throws -> CommandResult {
        try await submit(CommandEnvelope(id: id, command: command))
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = pending
            pending = []
            await process(batch)
        }
        draining = false
    }

    /// Decides a batch, commits it, then answers it.
    ///
    /// Retries are found without a read on the way of every command: a retry this
    /// process answered is in ``answered``; one journaled before (by an earlier run, or
    /// forgotten by the bounded cache) makes the commit fail on its command id, and the
    /// batch is decided again with its first answer. Only a command that wrote nothing —
    /// refused, or nothing to call — is looked up before its answer, since a commit
    /// cannot tell.
    private func process(_ batch: [Pending]) async {
        var entries: [JournalEntry] = []
        var outcomes: [Result<CommandResult, HallError>] = []
        var first: [CommandID: Int] = [:]
        var repeats: [(index: Int, of: Int)] = []
        var wroteNothing: [Int] = []
        var sequence = state.sequence
        for (index, p) in batch.enumerated() {
            let id = p.envelope.id
            if let answer = answered[id] {
                outcomes.append(.success(answer))
                continue
            }
            if let of = first[id] {
                repeats.append((index, of))
                outcomes.append(outcomes[of])
                continue
            }
            first[id] = index
            let now = clock.now()
            do {
                // Only a command that may issue a ticket needs a live-page token.
                let token: String? = switch p.envelope.command {
                case .issueTicket, .checkIn: TicketToken.random()
                default: nil
                }
                let decision = try decider.decide(p.envelope.command, in: state, at: now, token: token)
                var journaled: [JournaledEvent] = []
                for event in decision.events {
                    sequence += 1
                    let j = JournaledEvent(sequence: sequence, command: id, at: now, event: event)
                    state.apply(j)
                    journaled.append(j)
                }
                let result = resolve(decision.answer, at: now)
                outcomes.append(.success(result))
                // A command that changed nothing (nothing waiting, a quiet tick) needs no commit.
                if journaled.isEmpty {
                    wroteNothing.append(index)
                } else {
                    entries.append(JournalEntry(command: p.envelope, at: now, events: journaled, result: result))
                }
            } catch {
                outcomes.append(.failure(error))
                wroteNothing.append(index)
            }
        }

        do {
            if !wroteNothing.isEmpty {
                let earlier = try journal.results(of: wroteNothing.map { batch[$0].envelope.id })
                for i in wroteNothing {
                    guard let answer = earlier[batch[i].envelope.id] else { continue }
                    outcomes[i] = .success(answer)
                    answered[batch[i].envelope.id] = answer
                }
                for r in repeats { outcomes[r.index] = outcomes[r.of] }
            }
            if !entries.isEmpty {
                let started = DispatchTime.now().uptimeNanoseconds
                try journal.commit(JournalBatch(entries: entries))
                recordCommit(DispatchTime.now().uptimeNanoseconds - started)
            }
        } catch {
            // Nothing of the batch is durable: go back to what the journal holds. (Reloading
            // on the rare failure is cheaper than copying the state for every batch.)
            await reload()
            // Refused because some commands were journaled before (retries after a
            // restart): decide the batch again, with their first answers.
            if let earlier = try? journal.results(of: entries.map(\.command.id)), !earlier.isEmpty {
                for (id, answer) in earlier { answered[id] = answer }
                await process(batch)
                return
            }
            let failure = HallError(.journalFailed, "журнал недоступен: \(error); команда не выполнена, повторите её")
            for p in batch { p.continuation.resume(throwing: failure) }
            return
        }

        for entry in entries { answered[entry.command.id] = entry.result }
        for (p, outcome) in zip(batch, outcomes) { p.continuation.resume(with: outcome.mapError { $0 as any Error }) }
        if !entries.isEmpty { broadcaster.publish(entries.flatMap(\.events)) }
        if state.sequence - lastSnapshotSequence >= snapshotEvery { await snapshot() }
    }

    /// Goes back to what the journal holds. If the journal cannot even be read, the state
    /// stays as it is; the next commit will fail the same way and say so.
    private func reload() async {
        if let (fresh, _) = try? await Self.recoveredState(from: journal, config: config) { state = fresh }
    }

    private func resolve(_ answer: Decider.Answer, at now: Date) -> CommandResult {
        switch answer {
        case .ticket(let id, let reason):
            guard let t = state.tickets[id] else { return .accepted }
            return .ticket(TicketAnswer(ticket: t, estimate: estimator.estimate(of: t, in: state, now: now),
                                        reason: reason))
        case .nothingWaiting(let w): return .nothingWaiting(window: w)
        case .window(let w): return .window(state.windows[w] ?? WindowState(id: w))
        case .rating(let r): return .rating(r)
        case .checkInRefused(let code, let why): return .checkInRefused(code: code, reason: why)
        case .accepted: return .accepted
        }
    }

    private func recordCommit(_ nanos: UInt64) {
        commits += 1
        commitNanos.append(nanos)
        if commitNanos.count > 4096 { commitNanos.removeFirst(2048) }
    }

    // MARK: - Snapshots

    /// Saves a snapshot of the state now, so a restart replays only what comes after.
    public func snapshot() async {
        guard let data = try? Self.encoder.encode(state) else { return }
        let s = Snapshot(sequence: state.sequence, at: clock.now(), state: data)
        do {
            try await journal.saveSnapshot(s)
            lastSnapshotSequence = s.sequence
        } catch {
            // A failed snapshot only makes the next start slower; the journal is intact.
        }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    // MARK: - Reading

    /// The state as of the last commit.
    public var current: HallState { state }

    /// Durations of the commits since the last call, newest last, in nanoseconds (for
    /// `/metrics`); at most the last 4,096 — ``commits`` counts them all.
    public func takeCommitDurations() -> [UInt64] {
        defer { commitNanos.removeAll(keepingCapacity: true) }
        return commitNanos
    }

    /// Estimates for every waiting ticket now.
    public func estimates() -> [TicketID: WaitEstimate] {
        estimator.estimates(in: state, now: clock.now())
    }

    /// A ticket of the current state with its estimate where it waits.
    public func ticket(_ id: TicketID) -> TicketAnswer? {
        guard let t = state.tickets[id] else { return nil }
        return TicketAnswer(ticket: t, estimate: estimator.estimate(of: t, in: state, now: clock.now()))
    }

    /// The tickets `window` may call in `state`, in the order it would call them, with the
    /// reasons and their estimates. Nonisolated: a caller reads ``current`` once and works
    /// this out off the engine, which goes on committing meanwhile.
    public nonisolated func explainNext(for window: WindowID, in state: HallState, now: Date) -> [TicketAnswer] {
        let estimates = estimator.estimates(in: state, now: now)
        return decider.policy.ranked(for: window, among: state.waitingTickets, now: now).map {
            TicketAnswer(ticket: $0.0, estimate: estimates[$0.0.id], reason: $0.1)
        }
    }

    /// A stream of journaled events from now on. A subscriber that falls more than
    /// `buffer` events behind loses the oldest and should catch up from the journal by
    /// sequence number; it never holds up the engine.
    public nonisolated func events(buffer: Int = 1024) -> AsyncStream<JournaledEvent> {
        broadcaster.subscribe(buffer: buffer)
    }
}

/// Answers of recent commands, bounded.
struct AnswerCache {
    private var answers: [CommandID: CommandResult] = [:]
    private var order: [CommandID] = []
    private var head = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    subscript(id: CommandID) -> CommandResult? {
        get { answers[id] }
        set {
            guard let newValue else { return }
            if answers.updateValue(newValue, forKey: id) == nil { order.append(id) }
            if order.count - head > capacity {
                answers[order[head]] = nil
                head += 1
                if head > capacity { order.removeFirst(head); head = 0 }
            }
        }
    }
}
