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
        /// Talon: layout + render + Create-Job/Send-Document until cupsd accepted it.
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
    public static func run(server: CupsServerAddress? = nil, iterations: Int = 50,
                           profile: PrinterProfile = .epsonTMT20III, lp: String = "/usr/bin/lp") async throws -> Result {
        let sink = try ByteSink()
        defer { sink.close() }
        let connection = CupsConnection(server: server)
        let queue = "talon_bench_\(getpid())_\(sink.port)"
        let environment = server.map { ["CUPS_SERVER": $0.description] } ?? [:]
        try tool("/usr/sbin/lpadmin", ["-p", queue, "-E", "-v", "socket://127.0.0.1:\(sink.port)/?snmp=false", "-m", "raw"], environment)
        defer { _ = try? tool("/usr/sbin/lpadmin", ["-x", queue], environment) }

        let printer = TicketPrinter(config: PrinterConfig(id: "bench", queue: queue, profile: profile.id),
                                    profile: profile, connection: connection)
        let content = TicketContent.sample()
        let bytes = printer.document(for: content).bytes
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("talon-bench-\(getpid()).bin")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        var talonAccepted: [Duration] = [], talonDelivered: [Duration] = []
        var lpAccepted: [Duration] = [], lpDelivered: [Duration] = []
        let clock = ContinuousClock()
        // One warm-up of each, not counted: the first job starts cupsd's backend cache.
        for round in -1..<iterations {
            var seen = sink.count
            var start = clock.now
            let document = printer.document(for: content)
            _ = try await connection.submit(document, to: queue, title: "Talon ticket \(content.label)")
            let accepted = clock.now - start
            guard let arrived = await sink.waitForArrival(after: seen) else {
                throw PrintError(.jobStuck, "benchmark: Talon's job never reached the printer stand-in")
            }
            if round >= 0 { talonAccepted.append(accepted); talonDelivered.append(arrived - start) }

            seen = sink.count
            start = clock.now
            try tool(lp, ["-d", queue, "-o", "raw", file.path], environment)
            let lpDone = clock.now - start
            guard let lpArrived = await sink.waitForArrival(after: seen) else {
                throw PrintError(.jobStuck, "benchmark: lp's job never reached the printer stand-in")
            }
            if round >= 0 { lpAccepted.append(lpDone); lpDelivered.append(lpArrived - start) }
        }
        return Result(talonAccepted: Percentiles(talonAccepted), talonDelivered: Percentiles(talonDelivered),
                      lpAccepted: Percentiles(lpAccepted), lpDelivered: Percentiles(lpDelivered))
    }

    private static func tool(_ path: String, _ arguments: [String], _ environment: [String: String]) throws(PrintError) {
        let status = try Subprocess.run(path, arguments, environment: environment)
        guard status == 0 else {
            throw PrintError(.jobFailed, "benchmark: `\(path) \(arguments.joined(separator: " "))` exited \(status)")
        }
    }
}
