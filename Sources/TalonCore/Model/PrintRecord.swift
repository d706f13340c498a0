/// What became of a ticket sent to its printer, as the print adapter reports it.
///
/// Journaled, so the console and the dashboard can show which tickets were only shown
/// on screen, and the kiosk learns when to show the fallback.
public struct PrintRecord: Sendable, Codable, Hashable {
    public var ticket: TicketID
    /// The printer it was sent to.
    public var printer: DeviceID
    public var status: TicketPrintStatus
    /// Why it did not print, in Russian; `nil` when it printed.
    public var message: String?

    public init(ticket: TicketID, printer: DeviceID, status: TicketPrintStatus, message: String? = nil) {
        self.ticket = ticket
        self.printer = printer
        self.status = status
        self.message = message
    }
}

/// How far a ticket's printing got.
public enum TicketPrintStatus: String, Sendable, Codable, Hashable {
    /// The printer has the ticket.
    case printed
    /// The print server holds it but it has not printed yet; it may still print.
    case pending
    /// No ticket came out: the visitor has the number on screen and on their phone.
    case failed
}
