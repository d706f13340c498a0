import ArgumentParser
import Foundation
import TalonCore
import TalonSim
import TalonStore

/// A child process for the crash test: applies commands as fast as it can from several
/// submitters and prints `ACK <command-id> <ticket-label>` for each answer it got, only
/// after the answer (so after the commit). The test kills it with SIGKILL at a random
/// moment and checks the journal against the acknowledgements.
struct CrashWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-worker", abstract: "(test) apply commands until killed", shouldDisplay: false)

    @OptionGroup var hall: HallOptions
    @Option var db: String
    @Option(help: "The instant the run pretends to start at (ISO 8601).") var start: String
    @Option var prefix: String
    @Option var submitters = 8

    func run() async throws {
        guard let startDate = ISO8601DateFormatter().date(from: start) else {
            throw ValidationError("--start must be ISO 8601, got «\(start)»")
        }
        let config = try hall.load()
        let journal = try SQLiteJournal(path: db)
        let engine = try await HallEngine.start(config: config, clock: VirtualClock(startDate, speed: 1),
                                                journal: journal, snapshotEvery: 500)
        let windows = config.windows.map(\.id)
        for w in windows { _ = try? await engine.submit(.openWindow(window: w), id: CommandID("\(prefix)-open-\(w)")) }
        say("READY")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for s in 0..<submitters {
                group.addTask {
                    var n = 0
                    while true {
                        n += 1
                        let id = CommandID("\(prefix)-\(s)-\(n)")
                        let command: Command
                        if s % 2 == 0 {
                            let service = config.services[(s / 2 + n) % config.services.count].id
                            command = .issueTicket(IssueTicket(service: service))
                        } else {
                            let w = windows[(s / 2) % windows.count]
                            command = [Command.callNext(window: w), .finishService(window: w, outcome: .served)][n % 2]
                        }
                        do {
                            let result = try await engine.submit(command, id: id)
                            // "Nothing waiting" changed nothing: there is nothing to make durable.
                            if case .nothingWaiting = result { continue }
                            var label = "-"
                            if case .ticket(let a) = result { label = a.ticket.label }
                            say("ACK \(id) \(label)")
                        } catch {
                            // Refusals (window busy, nothing to finish) are answers too, not acknowledgements of a change.
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// One `write(2)` per line: lines shorter than PIPE_BUF never interleave.
    func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }
}
