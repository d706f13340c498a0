import ArgumentParser
import TalonPrint

/// `talon bench kiosk`: a touch on the demo kiosk to the button drawn pressed and to the
/// ticket at the printer, beside `lp -o raw` (needs lpadmin rights, like `bench print`).
struct KioskBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: "Time a kiosk touch to the pressed button and to the ticket at the printer.")

    @Option(help: "Tickets to time.")
    var iterations = 50

    @Option(help: "Print server: host[:port] or a socket path.")
    var server: String?

    @Option(help: "Folder for the benchmark's journal.")
    var dir = ".bench-kiosk"

    func run() async throws {
        let result = try await KioskBenchmark.run(server: try server.map { try CupsServerAddress(parsing: $0) },
                                                  iterations: iterations, folder: dir)
        print(result)
    }
}
