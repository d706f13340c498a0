public import TalonCore

/// Prints every ticket a kiosk issues on that kiosk's printer, and tells the hall what
/// became of it.
///
/// It follows the engine's events: for each `ticket.issued` whose kiosk has a printer
/// (``HallConfig/printer(forKiosk:)``: the one naming the kiosk, else the only shared
/// one), it lays the ticket out from the engine's answer (its number, service, place and
/// wait, the QR code of its live page), prints it with ``TicketPrinter`` and submits
/// ``Command/recordPrint(_:)`` under the command id `print-<ticket id>`, so the console
/// and the kiosk learn whether it printed, waits in the printer, or only shows on screen.
///
/// Each printer has its own queue: tickets print in order per printer, and a printer
/// that is slow or out of paper never holds up another kiosk's ticket. A ticket being
/// printed when the service stops is finished and recorded. Tickets issued while the
/// service was not running are not printed later: their visitor has left the kiosk.
///
/// ```swift
/// let service = TicketPrintService(engine: engine, printers: printers)
/// Task { for await note in service.notes { print(note) } }
/// await service.run()   // until the task is cancelled
/// ```
public struct TicketPrintService: Sendable {
    /// For swift-service-lifecycle's logs.
    public let description = "ticket-printing"
    private let engine: HallEngine
    private let printers: [DeviceID: TicketPrinter]
    private let follow: Duration
    private let events: AsyncStream<JournaledEvent>
    /// One note per ticket sent to a printer, once its record is journaled (or could not be).
    public let notes: AsyncStream<PrintNote>
    private let noteSink: AsyncStream<PrintNote>.Continuation

    /// Subscribes to `engine`'s events at once, so no ticket issued from now on is missed
    /// even before ``run()`` starts.
    ///
    /// - Parameters:
    ///   - printers: the hall's printers, ready to print (their configs are the hall's `printers`).
    ///   - follow: how long to follow a job before recording it as pending.
    public init(engine: HallEngine, printers: [TicketPrinter], follow: Duration = .seconds(3)) {
        self.engine = engine
        self.printers = Dictionary(printers.map { ($0.config.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.follow = follow
        events = engine.events(buffer: 4096)
        (notes, noteSink) = AsyncStream.makeStream(of: PrintNote.self, bufferingPolicy: .bufferingNewest(256))
    }

    /// Prints until the task is cancelled.
    public func run() async {
        await withDiscardingTaskGroup { group in
            var lanes: [DeviceID: AsyncStream<Ticket>.Continuation] = [:]
            for printer in printers.values {
                let (queue, lane) = AsyncStream.makeStream(of: Ticket.self)
                lanes[printer.config.id] = lane
                group.addTask {
                    // One printer's tickets go to cupsd in the order they were issued, each
                    // once the one before it is with cupsd; following a job to its end (and
                    // journaling how it went) runs beside the next tickets, so a visitor's
                    // ticket never waits for the last one's job to be reported completed.
                    await withDiscardingTaskGroup { jobs in
                        for await ticket in queue {
                            // `submitted` is called exactly once (``TicketPrinter/print(_:follow:submitted:)``).
                            await withCheckedContinuation { (handedOver: CheckedContinuation<Void, Never>) in
                                jobs.addTask { await self.shielded(ticket, on: printer, submitted: { handedOver.resume() }) }
                            }
                        }
                    }
                }
            }
            for await journaled in events {
                guard case .ticketIssued(let ticket) = journaled.event, let kiosk = ticket.kiosk,
                      let printer = engine.config.printer(forKiosk: kiosk), let lane = lanes[printer.id] else { continue }
                lane.yield(ticket)
            }
            for lane in lanes.values { lane.finish() }
        }
        // Only now: the lanes have printed what they held, and each of those tickets has
        // its note too.
        noteSink.finish()
    }

    /// Prints outside the caller's cancellation, so a ticket under way at shutdown is
    /// printed and recorded rather than abandoned half-way.
    private func shielded(_ ticket: Ticket, on printer: TicketPrinter, submitted: @escaping @Sendable () -> Void) async {
        await Task { await self.print(ticket, on: printer, submitted: submitted) }.value
    }

    /// Prints `ticket` and journals its ``PrintRecord``.
    func print(_ ticket: Ticket, on printer: TicketPrinter, submitted: @Sendable () -> Void = {}) async {
        let answer = await engine.ticket(ticket.id) ?? TicketAnswer(ticket: ticket)
        let content = TicketContent(answer: answer, hall: engine.config, token: answer.ticket.publicToken)
        let outcome = await printer.print(content, follow: follow, submitted: submitted)
        let record = PrintRecord(outcome: outcome, ticket: ticket.id, printer: printer.config.id)
        var failure: String?
        do {
            _ = try await engine.submit(.recordPrint(record), id: CommandID("print-\(ticket.id)"))
        } catch {
            failure = "\(error)"
        }
        noteSink.yield(PrintNote(record: record, label: ticket.label, journalFailure: failure))
    }
}

/// What the print service did with one ticket, for the log. Holds the printed number and
/// the printer, never anything about the visitor.
public struct PrintNote: Sendable, Hashable {
    public var record: PrintRecord
    /// The printed number, «П042».
    public var label: String
    /// Why the record could not be journaled; `nil` when it was.
    public var journalFailure: String?
}
