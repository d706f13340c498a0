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

    public struct Report: Sendable, Codable {
        public var baselineP50Micros: Double
        public var baselineP99Micros: Double
        public var levels: [Level]
        public var historyTickets: Int
        public var startupMillisMedian: Double
        public var startupMillisRuns: [Double]

        /// One command's p50 latency over one plain commit's p50.
        public var latencyRatio: Double { (levels.first?.p50Micros ?? 0) / baselineP50Micros }
    }

    public func run(progress: @Sendable (String) -> Void = { _ in }) async throws -> Report {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        progress("baseline: plain SQLite insert + commit, WAL, synchronous=FULL")
        var baseline = try plainCommits(baselineCommits / 2)
        var levelFigures: [Level] = []
        for level in levels {
            progress("engine: \(level) concurrent submitter(s)")
            levelFigures.append(try await engineLevel(level))
        }
        // The baseline again after the engine runs, so both see the same disk weather.
        baseline += try plainCommits(baselineCommits / 2)
        progress("startup with \(historyTickets) historical tickets")
        let startup = try await startupTimes()
        let plain = Quantiles(baseline)
        return Report(baselineP50Micros: plain.p50 ?? 0, baselineP99Micros: plain.p99 ?? 0,
                      levels: levelFigures, historyTickets: historyTickets,
                      startupMillisMedian: Quantiles(startup).p50 ?? 0, startupMillisRuns: startup)
    }

    static func micros(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }

    func freshPath(_ name: String) -> String {
        let path = "\(directory)/\(name).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    /// One INSERT and COMMIT at a time on a WAL, synchronous=FULL database.
    func plainCommits(_ n: Int) throws -> [Double] {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let path = freshPath("baseline")
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
    /// size of a real hall's: a quarter of the submitters are kiosks.
    func engineLevel(_ submitters: Int) async throws -> Level {
        let path = freshPath("engine-\(submitters)")
        let journal = try SQLiteJournal(path: path)
        let config = benchConfig()
        let engine = try await HallEngine.start(config: config, clock: SystemClock(), journal: journal,
                                                snapshotEvery: 1_000_000)
        for w in config.windows { _ = try await engine.submit(.openWindow(window: w.id), id: CommandID("open-\(w.id)")) }
        let commitsBefore = await engine.commits
        let target = commands
        let counter = BenchCounter()
        let kiosks = submitters == 1 ? 0 : max(1, submitters / 4)
        let services = config.services.map(\.id)
        let started = DispatchTime.now().uptimeNanoseconds
        let samples = try await withThrowingTaskGroup(of: [Double].self) { group in
            for s in 0..<submitters {
                group.addTask {
                    var lat: [Double] = []
                    var n = 0
                    let window = WindowID("b\(s + 1)")
                    while counter.count < target {
                        n += 1
                        let commands: [Command]
                        if submitters == 1 {
                            commands = [.issueTicket(IssueTicket(service: services[n % services.count])),
                                        .callNext(window: window), .finishService(window: window, outcome: .served)]
                        } else if s < kiosks {
                            commands = [.issueTicket(IssueTicket(service: services[(s + n) % services.count]))]
                        } else {
                            commands = [.callNext(window: window)]
                        }
                        for (k, command) in commands.enumerated() {
                            let t0 = DispatchTime.now().uptimeNanoseconds
                            let result = try await engine.submit(command, id: CommandID("s\(s)-\(n)-\(k)"))
                            let us = Self.micros(since: t0)
                            switch result {
                            case .nothingWaiting:
                                await Task.yield()
                            case .ticket(let a) where a.ticket.status == .called && submitters > 1:
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
                    }
                    return lat
                }
            }
            return try await group.reduce(into: [Double]()) { $0 += $1 }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let commits = await engine.commits - commitsBefore
        try journal.close()
        let latency = Quantiles(samples)
        return Level(submitters: submitters, commands: latency.count, seconds: seconds,
                     perSecond: Double(latency.count) / seconds,
                     p50Micros: latency.p50 ?? 0, p99Micros: latency.p99 ?? 0,
                     commits: commits)
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
