import ArgumentParser
import Foundation
import Logging
import TalonCore
import TalonKiosk
import TalonPrint
import TalonSim
import TalonStore
import TalonWeb

/// `talon serve`: the hall on the network.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the hall: the HTTP API, live wall displays and the consultant console.")

    @OptionGroup var hall: HallOptions
    @Option(help: "Journal file (SQLite).") var db = "talon.sqlite"
    @Option(help: "Address to listen on, HOST:PORT.") var http = "127.0.0.1:8080"
    @Option(help: "The display/ folder with the pages (default: found next to the binary or in the current folder).")
    var display: String?
    @Option(help: "Printer profiles folder (default: hardware/printers when present, else the built-in profiles).")
    var printerProfiles: String?
    @Option(help: "Print server, host[:port] or a socket path (default: libcups's, e.g. $CUPS_SERVER).")
    var cupsServer: String?
    @Option(help: .hidden) var pretendTime: String?

    func run() async throws {
        let (host, port) = try HTTPAddress.parse(http)
        let config = try hall.load()
        let logger = StderrLogging.bootstrap(label: "talon")
        let journal = try SQLiteJournal(path: db)
        // `--pretend-time` (hidden, for the HTTP benchmark): the hall's clock starts there.
        let clock: any HallClock = if let pretendTime {
            VirtualClock(try ISO8601DateFormatter().date(from: pretendTime)
                ?? { throw ValidationError("--pretend-time must be ISO 8601, e.g. 2026-11-24T08:00:00Z") }(),
                speed: 1)
        } else {
            SystemClock()
        }
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        let kiosks = await KioskHost(engine: engine, clock: clock)
        let web = WebHall(engine: engine, history: journal, clock: clock,
                          options: WebOptions(assets: display.map { URL(fileURLWithPath: $0) }), kiosks: kiosks,
                          logger: logger)
        let input = InputWiring.service(devices: config.devices, engine: engine, kiosks: kiosks, logger: logger)
        let printing = try PrintWiring.services(config: config, engine: engine, profiles: printerProfiles,
                                                server: try cupsServer.map { try CupsServerAddress(parsing: $0) },
                                                logger: logger)
        try await HallServer(hall: web).run(host: host, port: port, alongside: [input] + printing) { port in
            logger.info("serving", metadata: ["url": "http://\(host):\(port)/"])
        }
    }
}

/// `HOST:PORT` for `--http`.
enum HTTPAddress {
    static func parse(_ text: String) throws -> (String, Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65535).contains(port) else {
            throw ValidationError("--http must be HOST:PORT, such as 127.0.0.1:8080 or 0.0.0.0:80")
        }
        return (String(text[..<colon]), port)
    }
}

/// swift-log to stderr, once per process.
enum StderrLogging {
    static func bootstrap(label: String) -> Logger {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var logger = Logger(label: label)
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}
