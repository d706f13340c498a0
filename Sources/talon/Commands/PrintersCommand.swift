import ArgumentParser
import TalonPrint

/// `talon printers`: the CUPS queues and their state.
struct PrintersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printers", abstract: "List CUPS queues and their state.")

    @Option(help: "Print server: host[:port] or a socket path (default: libcups's, CUPS_SERVER).")
    var server: String?

    func run() async throws {
        let address = try server.map { try CupsServerAddress(parsing: $0) }
        print(try await PrinterTools.queueTable(server: address), terminator: "")
    }
}
