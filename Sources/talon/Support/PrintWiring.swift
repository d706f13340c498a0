import Foundation
import Logging
import ServiceLifecycle
import TalonCore
import TalonPrint

/// Connects the hall's printers to the engine for `talon serve`: the ticket-printing
/// service (each kiosk ticket printed and its ``PrintRecord`` journaled) and the
/// ``PrinterMonitor`` (paper, offline, stuck jobs reported as device statuses).
///
/// ```swift
/// let printing = try PrintWiring.services(config: config, engine: engine, profiles: nil, server: nil, logger: logger)
/// try await HallServer(hall: web).run(host: host, port: port, alongside: [input] + printing)
/// ```
///
/// With no printers configured there are no services and nothing changes.
enum PrintWiring {
    /// The services for `config.printers`.
    ///
    /// - Parameters:
    ///   - profiles: the printer-profile folder; `nil` uses `hardware/printers` when it is in
    ///     the current folder, else the built-in profiles.
    ///   - server: the print server; `nil` is libcups's (`CUPS_SERVER`, client.conf, the local socket).
    /// - Throws: when a printer names a profile that does not exist: better said at start
    ///   than on the first ticket.
    static func services(config: HallConfig, engine: HallEngine, profiles: String?, server: CupsServerAddress?,
                         logger: Logger) throws -> [any Service] {
        guard !config.printers.isEmpty else { return [] }
        let folder = profiles ?? (FileManager.default.fileExists(atPath: "hardware/printers") ? "hardware/printers" : nil)
        let catalog = try folder.map { try PrinterProfileCatalog(directory: URL(fileURLWithPath: $0)) } ?? PrinterProfileCatalog()
        // A connection (and its thread) per printer: one printer's slow round trips never
        // delay another's tickets.
        let printers = try config.printers.map { printer in
            TicketPrinter(config: printer, profile: try catalog.profile(printer.profile),
                          connection: CupsConnection(server: server))
        }
        let printing = TicketPrintService(engine: engine, printers: printers)
        let monitor = PrinterMonitor(printers: config.printers, connection: CupsConnection(server: server)) { status in
            do {
                _ = try await engine.submit(.reportDevice(status),
                                            id: CommandID("printer:\(status.device):\(UUID().uuidString.lowercased())"))
            } catch {
                logger.warning("printer status not journaled", metadata: [
                    "talon.device": "\(status.device)", "talon.device.error": "\(error)",
                ])
            }
        }
        return [
            PrintingLifecycleService(printing, logger: logger),
            RunUntilShutdown(description: monitor.description) { try await monitor.run() },
        ]
    }
}

/// ``TicketPrintService`` as a swift-service-lifecycle `Service`, logging each ticket
/// under `talon.ticket` (its number and printer only).
struct PrintingLifecycleService: Service, CustomStringConvertible {
    let printing: TicketPrintService
    let logger: Logger

    init(_ printing: TicketPrintService, logger: Logger) {
        self.printing = printing
        self.logger = logger
    }

    var description: String { printing.description }

    func run() async throws {
        let notes = printing.notes, logger = logger
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await note in notes {
                    let metadata: Logger.Metadata = [
                        "talon.ticket": "\(note.label)", "talon.device": "\(note.record.printer)",
                        "talon.print.status": "\(note.record.status.rawValue)",
                    ]
                    if let failure = note.journalFailure {
                        logger.error("print record not journaled: \(failure)", metadata: metadata)
                    } else if let message = note.record.message {
                        logger.warning("\(message)", metadata: metadata)
                    } else {
                        logger.info("ticket printed", metadata: metadata)
                    }
                }
            }
            await cancelWhenGracefulShutdown { await printing.run() }
        }
    }
}
