import ArgumentParser
import Foundation
import Synchronization
import TalonCore
import TalonPrint

/// `talon bench print`: Talon's print path beside `lp -o raw` (needs lpadmin rights).
///
/// Talon's path starts at the kiosk's issue command: the demo hall's engine on a
/// SQLite journal (fsync'd) in `--dir` issues a ticket, and that ticket is laid out,
/// rendered and sent to cupsd. `--from-print` starts the clock at the print request.
struct PrintBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Time tickets through CUPS beside lp -o raw.")

    @Option(help: "Rounds of each path.")
    var iterations = 50

    @Option(help: "Print server: host[:port] or a socket path.")
    var server: String?

    @Option(help: "Folder on the disk for the journal (not tmpfs).")
    var dir = ".bench"

    @Flag(help: "Start Talon's clock at the print request, not at the issue command.")
    var fromPrint = false

    func run() async throws {
        let server = try server.map { try CupsServerAddress(parsing: $0) }
        if fromPrint {
            print(try await PrintBenchmark.run(server: server, iterations: iterations))
            return
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/print-bench.sqlite"
        defer { TempDatabase.remove(db, lockFile: true) }  // this run's own journal
        let hall = try await BenchHall.start(db: db)
        defer { hall.close() }
        let engine = hall.engine
        let services = engine.config.services.map(\.id)
        let issued = Mutex(0)
        let issueTimes = Mutex<[Duration]>([])
        let result = try await PrintBenchmark.run(server: server, iterations: iterations) {
            let n = issued.withLock { $0 += 1; return $0 }
            let start = ContinuousClock.now
            defer { let took = ContinuousClock.now - start; issueTimes.withLock { $0.append(took) } }
            let command = Command.issueTicket(IssueTicket(service: services[n % services.count], kiosk: "kiosk-1"))
            guard case .ticket(let answer) = try await engine.submit(command, id: CommandID("print-bench-\(n)")) else {
                throw ValidationError("the demo hall refused a ticket")
            }
            return TicketContent(answer: answer, hall: engine.config, token: answer.ticket.publicToken)
        }
        print("Talon's path starts at the kiosk's issue command (durable on \(db)).")
        print(result)
        print("of Talon's path, the issue command alone: \(Percentiles(issueTimes.withLock { $0 }))")
    }
}
