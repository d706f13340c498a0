import ArgumentParser
import Foundation
import TalonCore
import TalonPrint

/// `talon print-test --printer QUEUE [--profile P] [--preview]`: a sample ticket.
struct PrintTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print-test", abstract: "Print or preview a sample ticket.")

    @Option(name: .customLong("printer"), help: "CUPS queue (default: the default destination).")
    var queue: String?

    @Option(help: "Printer profile from hardware/printers (default: epson-tm-t20iii).")
    var profile: String?

    @Option(help: "Folder of printer profiles.")
    var profiles: String = "hardware/printers"

    @Flag(help: "Send plain text instead of ESC/POS.")
    var text = false

    @Flag(help: "Show the ticket as text; print nothing.")
    var preview = false

    @Option(help: "Ticket language: ru or en.")
    var language: String = "ru"

    @Option(help: "Print server: host[:port] or a socket path.")
    var server: String?

    func run() async throws {
        let catalog = FileManager.default.fileExists(atPath: profiles)
            ? try PrinterProfileCatalog(directory: URL(fileURLWithPath: profiles))
            : PrinterProfileCatalog()
        let chosen = try profile.map { try catalog.profile($0) }
        let output = await PrinterTools.printTest(
            queue: queue, profile: chosen, format: text ? .text : .raw, preview: preview,
            language: Language(rawValue: language) ?? .ru,
            server: try server.map { try CupsServerAddress(parsing: $0) })
        print(output, terminator: "")
    }
}
