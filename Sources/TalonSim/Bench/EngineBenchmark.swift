import Foundation
public import TalonCore
import GRDB
import TalonStore

/// `talon bench engine`: durable commands per second and latency at several numbers of
/// concurrent submitters, beside a plain SQLite insert-and-commit loop on the same disk
/// in the same run; and the time from start to ready with a long history.
public struct EngineBenchmark: Sendable {
    public var config: HallConfig
    /// Folder on the disk to measure (not tmpfs: fsync must be real).
    public var directory: String
    public var levels: [Int]
    /// Durable commands per level.
    public var commands: Int
    public var baselineCommits: Int
    public var historyTickets: Int

    public init(config: HallConfig, directory: String, levels: [Int] = [1, 8, 64],
                commands: Int = 6_000, baselineCommits: Int = 1_000, historyTickets: Int = 1_000_000) {
        self.config = config
        self.directory = directory
        self.levels = levels
        self.commands = commands
        self.baselineCommits = baselineCommits
        self.historyTickets = historyTickets
    }

    public struct Level: Sendable, Codable {
        public var submitters: Int
        public var commands: Int
        public var seconds: Double
        public var perSecond: Double
        public var p50Micros: Double
        public var p99Micros: Double
        public var commits: Int
    }

    /// Latency of one kind of commit, in microseconds.
    public struct Figure: Sendable, Codable {
        public var count: Int
        public var p50Micros: Double
        public var p99Micros: Double

        init(_ samples: [Double]) {
            let q = Quantiles(samples)
            count = q.count
            p50Micros = q.p50 ?? 0
            p99Micros = q.p99 ?? 0
        }
    }

    public struct Report: Sendable, Codable {
        /// One row inserted and committed at a time through SQLite's C API
        /// (``PlainSQLiteCommits``), interleaved with the one-submitter level and the
        /// own rows: what the ratios divide by.
        public var plain: Figure
        /// The same loop through GRDB's `write`, the library the journal uses.
        public var plainThroughGRDB: Figure
        /// The one-submitter level's commands written again into an empty journal, each in
        /// its own transaction, with the JSON already made: a command's own SQL and fsync,
        /// without the engine. Absent when no level has one submitter.
        public var ownRows: Figure?
        public var levels: [Level]
        public var historyTickets: Int
        public var startupMillisMedian: Double
        public var startupMillisRuns: [Double]
    }

    /// Runs the plain commits, the engine levels, the one-submitter level's own rows, and
    /// the start-up. The plain commits run before and after the rest and, one at a
    /// time, between the one-submitter level's commands and between its own rows'
    /// transactions, so what the ratios compare saw the same disk weather.
    public func run(progress: @Sendable (String) -> Void = { _ in }) async throws -> Report {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let plain = try PlainSQLiteCommits(path: freshPath("baseline"))
        defer { plain.close() }
        progress("baseline: plain SQLite insert + commit, WAL, synchronous=FULL (C API, then GRDB)")
        var plainSamples = try plain.commits(baselineCommits / 2)
        var throughGRDB = try grdbCommits(baselineCommits / 2)
        var levelFigures: [Level] = []
        var ownRows: Figure?
        for level in levels {
            progress("engine: \(level) concurrent submitter(s)")
            let (figures, interleaved) = try await engineLevel(level, plain: plain)
            levelFigures.append(figures)
            plainSamples += interleaved
            if level == 1 {
                progress("the same commands' rows, written without the engine")
                let (rows, interleaved) = try await rewriteOwnRows(of: "engine-1", plain: plain)
                ownRows = Figure(rows)
                plainSamples += interleaved
            }
        }
        plainSamples += try plain.commits(baselineCommits / 2)
        throughGRDB += try grdbCommits(baselineCommits / 2)
        progress("startup with \(historyTickets) historical tickets")
        let startup = try await startupTimes()
        return Report(plain: Figure(plainSamples), plainThroughGRDB: Figure(throughGRDB), ownRows: ownRows,
                      levels: levelFigures, historyTickets: historyTickets,
                      startupMillisMedian: Quantiles(startup).p50 ?? 0, startupMillisRuns: startup)
    }

    static func micros(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }

    /// The database file `name` in the bench's folder.
    func path(_ name: String) -> String { "\(directory)/\(name).sqlite" }

    /// ``path(_:)``, with any database there (and its WAL) removed.
    func freshPath(_ name: String) -> String {
        let path = path(name)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    /// ``PlainSQLiteCommits``' loop through GRDB: `write` opens and commits the
    /// transaction, the statement is prepared on each call.
    func grdbCommits(_ n: Int) throws -> [Double] {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let path = freshPath("baseline-grdb")
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, at REAL NOT NULL, payload TEXT NOT NULL)")
        }
        let payload = String(repeating: "x", count: 300)
        var out: [Double] = []
        for i in 0..<n {
            let start = DispatchTime.now().uptimeNanoseconds
            try queue.write { db in
                try db.execute(sql: "INSERT INTO t (id, at, payload) VALUES (?, ?, ?)",
                               arguments: [i, Date().timeIntervalSince1970, payload])
            }
            out.append(Self.micros(since: start))
        }
        try queue.close()
        return out
    }

    /// Reads every command the level `name` journaled and writes each again, in order and
    /// in a transaction of its own, into an empty journal; times the level's commands
    /// (not the windows' opening before it), each followed by a plain commit on `plain`.
    func rewriteOwnRows(of name: String, plain: PlainSQLiteCommits) async throws -> ([Double], plain: [Double]) {
        let source = try SQLiteJournal(path: path(name))
        let commands = try await source.storedCommands()
        try source.close()
        let journal = try SQLiteJournal(path: freshPath("\(name)-rows"))
        defer { try? journal.close() }
        var out: [Double] = [], plainOut: [Double] = []
        out.reserveCapacity(commands.count)
        for rows in commands {
            let start = DispatchTime.now().uptimeNanoseconds
            try journal.write(rows)
            guard !rows.commandID.rawValue.hasPrefix("open-") else { continue }
            out.append(Self.micros(since: start))
            plainOut.append(try plain.commit())
        }
        return (out, plainOut)
    }

    /// A hall for the benchmark: the config's services, 64 windows serving them all,
    /// always open, no limits.
    func benchConfig() -> HallConfig {
        var c = config
        c.windows = (1...64).map { i in
            WindowConfig(id: WindowID("b\(i)"), number: i, services: c.services.map { WindowService(service: $0.id) })
        }
        c.services = c.services.map { var s = $0; s.dailyLimit = nil; return s }
        c.policy.issueOnlyWhenOpen = false
        c.policy.kioskTicketsPerMinute = nil
        return c
    }

    /// Kiosks issue tickets and windows call and finish them, so the queue stays the
    /// size of a real hall's: a quarter of the submitters are kiosks. One submitter
    /// issues, calls and finishes in turn, with a plain commit on `plain` after each
    /// command (not counted in the level's time), so the two see the same disk weather.
    func engineLevel(_ submitters: Int, plain: PlainSQLiteCommits) async throws -> (Level, plain: [Double]) {
        let path = freshPath("engine-\(submitters)")
        let journal = try SQLiteJournal(path: path)
        let config = benchConfig()
        let engine = try await HallEngine.start(config: config, clock: SystemClock(), journal: journal,
                                                snapshotEvery: 1_000_000)
        for w in config.windows { _ = try await engine.submit(.openWindow(window: w.id), id: CommandID("open-\(w.id)")) }
        let commitsBefore = await engine.commits
        let started = DispatchTime.now().uptimeNanoseconds
        let samples: [Double], plainSamples: [Double]
        if submitters == 1 {
            (samples, plainSamples) = try await oneSubmitter(engine, services: config.services.map(\.id), plain: plain)
        } else {
            samples = try await concurrentSubmitters(submitters, engine, services: config.services.map(\.id))
            plainSamples = []
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 - plainSamples.reduce(0, +) / 1e6
        let commits = await engine.commits - commitsBefore
        try journal.close()
        let latency = Quantiles(samples)
        let level = Level(submitters: submitters, commands: latency.count, seconds: seconds,
                          perSecond: Double(latency.count) / seconds,
                          p50Micros: latency.p50 ?? 0, p99Micros: latency.p99 ?? 0,
                          commits: commits)
        return (level, plainSamples)
    }

    func oneSubmitter(_ engine: HallEngine, services: [ServiceID],
                      plain: PlainSQLiteCommits) async throws -> ([Double], plain: [Double]) {
        let window = WindowID("b1")
        var latencies: [Double] = [], plainLatencies: [Double] = []
        latencies.reserveCapacity(commands)
        var n = 0
        while latencies.count < commands {
            n += 1
            let round: [Command] = [.issueTicket(IssueTicket(service: services[n % services.count])),
                                    .callNext(window: window), .finishService(window: window, outcome: .served)]
            for (k, command) in round.enumerated() {
                let t0 = DispatchTime.now().uptimeNanoseconds
                _ = try await engine.submit(command, id: CommandID("s0-\(n)-\(k)"))
                latencies.append(Self.micros(since: t0))
                plainLatencies.append(try plain.commit())
            }
        }
        return (latencies, plainLatencies)
    }

    func concurrentSubmitters(_ submitters: Int, _ engine: HallEngine, services: [ServiceID]) async throws -> [Double] {
        let target = commands
        let counter = BenchCounter()
        let kiosks = max(1, submitters / 4)
        return try await withThrowingTaskGroup(of: [Double].self) { group in
            for s in 0..<submitters {
                group.addTask {
                    var lat: [Double] = []
                    var n = 0
                    let window = WindowID("b\(s + 1)")
                    while counter.count < target {
                        n += 1
                        let command: Command = s < kiosks
                            ? .issueTicket(IssueTicket(service: services[(s + n) % services.count]))
                            : .callNext(window: window)
                        let t0 = DispatchTime.now().uptimeNanoseconds
                        let result = try await engine.submit(command, id: CommandID("s\(s)-\(n)"))
                        let us = Self.micros(since: t0)
                        switch result {
                        case .nothingWaiting:
                            await Task.yield()
                        case .ticket(let a) where a.ticket.status == .called:
                            lat.append(us)
                            counter.add(1)
                            let t1 = DispatchTime.now().uptimeNanoseconds
                            _ = try await engine.submit(.finishService(window: window, outcome: .served),
                                                        id: CommandID("s\(s)-\(n)-f"))
                            lat.append(Self.micros(since: t1))
                            counter.add(1)
                        default:
                            lat.append(us)
                            counter.add(1)
                        }
                    }
                    return lat
                }
            }
            return try await group.reduce(into: [Double]()) { $0 += $1 }
        }
    }

    /// Journal with `historyTickets` finished tickets and a snapshot; then open it and
    /// start the engine, five times.
    func startupTimes() async throws -> [Double] {
        let path = freshPath("startup")
        do {
            let journal = try SQLiteJournal(path: path)
            let config = benchConfig()
            try await journal.insertSyntheticHistory(SyntheticHistory(
                tickets: historyTickets, services: config.services.map(\.id),
                windows: config.windows.prefix(12).map(\.id), before: BusinessDay(year: 2026, month: 11, day: 1)))
            let engine = try await HallEngine.start(config: config, clock: SystemClock(), journal: journal)
            for i in 0..<300 {
                _ = try await engine.submit(.issueTicket(IssueTicket(service: config.services[i % config.services.count].id)),
                                            id: CommandID("warm-\(i)"))
            }
            await engine.snapshot()
            for i in 0..<50 {
                _ = try await engine.submit(.issueTicket(IssueTicket(service: config.services[i % config.services.count].id)),
                                            id: CommandID("after-\(i)"))
            }
            try journal.close()
        }
        var runs: [Double] = []
        for _ in 0..<5 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let journal = try SQLiteJournal(path: path)
            _ = try await HallEngine.start(config: benchConfig(), clock: SystemClock(), journal: journal)
            runs.append(Self.micros(since: t0) / 1000)
            try journal.close()
        }
        return runs
    }
}

/// Durable commands counted across submitters.
final class BenchCounter: Sendable {
    private let value = Mutex(0)
    var count: Int { value.withLock { $0 } }
    func add(_ n: Int) { value.withLock { $0 += n } }
}

import Synchronization
