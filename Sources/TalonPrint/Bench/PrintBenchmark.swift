import Foundation
import TalonCore

/// Times a ticket from the print request to the job accepted by cupsd and to the bytes
/// at the printer, beside `lp -o raw` of the same bytes to the same queue in the same
/// run. `talon bench print` calls ``run(server:iterations:profile:lp:)``.
///
/// The "printer" is a ``ByteSink`` on 127.0.0.1 behind a temporary raw socket queue,
/// which the benchmark adds with `lpadmin` and removes afterwards.
public enum PrintBenchmark {
    /// The figures of one run.
    public struct Result: Sendable, CustomStringConvertible {
        /// Talon: (the issue command, when timed) + layout + render + Create-Job/Send-Document
        /// until cupsd accepted it.
        public var talonAccepted: Percentiles
        /// Talon: until the bytes had fully arrived at the printer.
        public var talonDelivered: Percentiles
        /// `lp -o raw`: until lp exited (job accepted).
        public var lpAccepted: Percentiles
        /// `lp -o raw`: until the bytes had fully arrived at the printer.
        public var lpDelivered: Percentiles

        public var description: String {
            """
            talon  accepted by cupsd: \(talonAccepted)
            talon  bytes at printer:  \(talonDelivered)
            lp -o raw  accepted:      \(lpAccepted)
            lp -o raw  at printer:    \(lpDelivered)
            ratio at printer (p50): \(String(format: "%.2f", talonDelivered.p50 / lpDelivered.p50)) × lp
            """
        }
    }

    /// Runs `iterations` of each path, interleaved, against the cupsd at `server`
    /// (`nil`: libcups's default).
    ///
    /// - Parameter issue: where Talon's path starts. With it, each round's clock starts
    ///   before `issue` (the kiosk's issue command, durable in a journal) and prints the
    ///   ticket it returns; without it, the clock starts at the print request of a sample
    ///   ticket.
    public static func run(server: CupsServerAddress? = nil, iterations: Int = 50,
                           profile: PrinterProfile = .epsonTMT20III, lp: String = "/usr/bin/lp",
                           issue: (@Sendable () async throws -> TicketContent)? = nil) async throws -> Result {
        try await withStandIn(server: server, lp: lp) { standIn in
            let connection = CupsConnection(server: server)
            let printer = TicketPrinter(config: PrinterConfig(id: "bench", queue: standIn.queue, profile: profile.id),
                                        profile: profile, connection: connection)
            let content = TicketContent.sample()
            let bytes = printer.document(for: content).bytes
            var talonAccepted: [Duration] = [], talonDelivered: [Duration] = []
            var lpAccepted: [Duration] = [], lpDelivered: [Duration] = []
            let clock = ContinuousClock()
            // One warm-up of each, not counted: the first job starts cupsd's backend cache.
            for round in -1..<iterations {
                let seen = standIn.sink.count
                let start = clock.now
                let document = printer.document(for: try await issue?() ?? content)
                _ = try await connection.submit(document, to: standIn.queue, title: "Talon ticket \(content.label)")
                let accepted = clock.now - start
                guard let arrived = await standIn.sink.waitForArrival(after: seen) else {
                    throw PrintError(.jobStuck, "benchmark: Talon's job never reached the printer stand-in")
                }
                if round >= 0 { talonAccepted.append(accepted); talonDelivered.append(arrived - start) }
                let (lpDone, lpArrived) = try await standIn.lp(bytes)
                if round >= 0 { lpAccepted.append(lpDone); lpDelivered.append(lpArrived) }
            }
            return Result(talonAccepted: Percentiles(talonAccepted), talonDelivered: Percentiles(talonDelivered),
                          lpAccepted: Percentiles(lpAccepted), lpDelivered: Percentiles(lpDelivered))
        }
    }

    /// A printer stand-in (a ``ByteSink``) behind a temporary raw socket queue, for
    /// timing a print path beside `lp -o raw` in the same run.
    public struct StandIn: Sendable {
        /// The CUPS queue that prints to ``sink``.
        public let queue: String
        /// What the "printer" received, and when.
        public let sink: ByteSink
        let environment: [String: String]
        let lpPath: String

        /// Sends `bytes` with `lp -o raw`; returns the time until lp exited (accepted by
        /// cupsd) and until the bytes had arrived at the stand-in.
        public func lp(_ bytes: [UInt8]) async throws -> (accepted: Duration, delivered: Duration) {
            let file = FileManager.default.temporaryDirectory
                .appendingPathComponent("talon-bench-\(getpid())-\(sink.count).bin")
            try Data(bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let clock = ContinuousClock()
            let seen = sink.count
            let start = clock.now
            try PrintBenchmark.tool(lpPath, ["-d", queue, "-o", "raw", file.path], environment)
            let accepted = clock.now - start
            guard let arrived = await sink.waitForArrival(after: seen) else {
                throw PrintError(.jobStuck, "benchmark: lp's job never reached the printer stand-in")
            }
            return (accepted, arrived - start)
        }
    }

    /// Runs `body` with a ``StandIn`` on the cupsd at `server` (`nil`: libcups's default),
    /// and removes the queue afterwards.
    public static func withStandIn<T>(server: CupsServerAddress?, lp: String = "/usr/bin/lp",
                                      _ body: (StandIn) async throws -> T) async throws -> T {
        let sink = try ByteSink()
        defer { sink.close() }
        let queue = "talon_bench_\(getpid())_\(sink.port)"
        let environment = server.map { ["CUPS_SERVER": $0.description] } ?? [:]
        try tool("/usr/sbin/lpadmin", ["-p", queue, "-E", "-v", "socket://127.0.0.1:\(sink.port)/?snmp=false", "-m", "raw"], environment)
        defer { _ = try? tool("/usr/sbin/lpadmin", ["-x", queue], environment) }
        return try await body(StandIn(queue: queue, sink: sink, environment: environment, lpPath: lp))
    }

    static func tool(_ path: String, _ arguments: [String], _ environment: [String: String]) throws(PrintError) {
        let status = try Subprocess.run(path, arguments, environment: environment)
        guard status == 0 else {
            throw PrintError(.jobFailed, "benchmark: `\(path) \(arguments.joined(separator: " "))` exited \(status)")
        }
    }
}
