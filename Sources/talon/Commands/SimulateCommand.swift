import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import TalonCore
import TalonKiosk
import TalonSim
import TalonStore
import TalonWeb

struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate days of the hall on the real engine and journal, and print a summary.")

    @OptionGroup var hall: HallOptions
    @Option(help: "Days to simulate.") var days = 1
    @Option(help: "Random seed: the same seed gives the same output.") var seed: UInt64 = 1
    @Option(help: "Journal file to keep (default: a temporary file, removed afterwards).") var db: String?
    @Flag(help: "Print the summary as JSON.") var json = false

    func validate() throws {
        guard (1...366).contains(days) else { throw ValidationError("--days must be between 1 and 366") }
    }

    func run() async throws {
        let config = try hall.load()
        let path = db ?? TempDatabase.path("simulate")
        defer { if db == nil { TempDatabase.remove(path, lockFile: true) } }
        let journal = try SQLiteJournal(path: path)
        let report = try await Simulation(config: config, days: days, seed: seed).run(journal: journal)
        print(json ? report.json() : report.text(config: config))
    }
}

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Serve the demo hall live: a simulated day in accelerated real time, with displays, console and API.")

    @OptionGroup var hall: HallOptions
    @Option(help: "Journal file (default: talon-demo.sqlite in the current folder; started afresh).") var db = "talon-demo.sqlite"
    @Option(help: "Address to listen on, HOST:PORT (port 0 picks a free one).") var http = "127.0.0.1:8080"
    @Option(help: "Hall seconds per real second: 60 runs a 12-hour day in 12 minutes.") var speed: Double = 60
    @Option(help: "Random seed of the visitors.") var seed: UInt64 = 1

    func validate() throws {
        guard (1...3600).contains(speed) else { throw ValidationError("--speed must be between 1 and 3600") }
    }

    func run() async throws {
        let (host, port) = try HTTPAddress.parse(http)
        let config = try hall.load()
        let logger = StderrLogging.bootstrap(label: "talon.demo")
        TempDatabase.remove(db)
        let journal = try SQLiteJournal(path: db)
        let start = DemoDay.start(config: config)
        let clock = VirtualClock(start, speed: speed)
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        let kiosks = await KioskHost(engine: engine, clock: clock)
        let web = WebHall(engine: engine, history: journal, clock: clock,
                          options: WebOptions(clockSpeed: speed, tick: .seconds(1)), kiosks: kiosks, logger: logger)
        // The simulated visitors and consultants, beside the server until it shuts down.
        let live = LiveSimulation(engine: engine, clock: clock, seed: seed)
        let simulation = RunUntilShutdown(description: "DemoVisitors") { try await live.run { logger.info("demo: \($0)") } }
        let staffed = Set(config.simulation?.staffedWindows ?? [])
        let free = config.windows.filter { !staffed.contains($0.id) }.map { "окно \($0.number) (\($0.id))" }
        try await HallServer(hall: web).run(host: host, port: port, alongside: [simulation]) { port in
            let base = "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)"
            var lines = [
                "",
                "Талон: демо-зал «\(config.center.name.ru)» — день идёт в \(Int(speed))× ускорении.",
                "Talon demo hall: a simulated day at \(Int(speed))× speed on the real engine (journal \(db)).",
                "",
            ]
            for d in config.displays {
                lines.append("  Табло / display \(d.id):  \(base)/display/\(d.id)?token=\(d.token)")
            }
            for k in config.kiosks {
                lines.append("  Терминал / kiosk \(k.id):  \(base)/kiosk/\(k.id)?token=\(k.token)")
            }
            lines += [
                "  Пульт / console:        \(base)/console   (login: consultant, password: demo; free windows: \(free.joined(separator: ", ")))",
                "  Панель / dashboard:     \(base)/dashboard (login: manager, password: demo)",
                "  API:                    \(base)/api/v1/queue   (OpenAPI: \(base)/openapi.yaml)",
                "  Metrics:                \(base)/metrics",
                "",
                "Ctrl-C stops the demo.",
            ]
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
