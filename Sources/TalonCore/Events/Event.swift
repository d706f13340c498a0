public import Foundation

/// Something that happened in the hall. State is a fold of events; the journal keeps
/// them in order with a sequence number.
public enum Event: Sendable, Codable, Hashable {
    case ticketIssued(Ticket)
    case ticketCalled(ticket: TicketID, window: WindowID, at: Date, reason: CallReason)
    case ticketRecalled(ticket: TicketID, window: WindowID, at: Date, count: Int)
    case serviceStarted(ticket: TicketID, window: WindowID, at: Date)
    case serviceFinished(ticket: TicketID, window: WindowID, at: Date, outcome: TicketOutcome)
    case ticketNoShow(ticket: TicketID, window: WindowID, at: Date, automatic: Bool)
    case ticketTransferred(ticket: TicketID, from: WindowID, toService: ServiceID,
                           toWindow: WindowID?, at: Date)
    case ticketPostponed(ticket: TicketID, at: Date)
    case ticketReturned(ticket: TicketID, at: Date)
    case ticketCancelled(ticket: TicketID, at: Date, reason: String)
    case windowModeChanged(window: WindowID, mode: WindowMode, at: Date)
    case consultantSignedIn(window: WindowID, consultant: ConsultantID, at: Date)
    case consultantSignedOut(window: WindowID, consultant: ConsultantID, at: Date)
    case ratingRecorded(Rating)
    case appointmentBooked(Appointment)
    case checkInRefused(code: AppointmentCode, reason: CheckInRefusal, kiosk: DeviceID?, at: Date)
    case deviceStatusChanged(DeviceStatus, at: Date)
    case noticeLoaded(ReadinessNotice)
    case ticketPrinted(PrintRecord, at: Date)

    /// A short type name for the journal and the SSE `event:` field.
    public var name: String {
        switch self {
        case .ticketIssued: "ticket.issued"
        case .ticketCalled: "ticket.called"
        case .ticketRecalled: "ticket.recalled"
        case .serviceStarted: "ticket.started"
        case .serviceFinished: "ticket.finished"
        case .ticketNoShow: "ticket.no_show"
        case .ticketTransferred: "ticket.transferred"
        case .ticketPostponed: "ticket.postponed"
        case .ticketReturned: "ticket.returned"
        case .ticketCancelled: "ticket.cancelled"
        case .windowModeChanged: "window.mode"
        case .consultantSignedIn: "window.signed_in"
        case .consultantSignedOut: "window.signed_out"
        case .ratingRecorded: "rating.recorded"
        case .appointmentBooked: "appointment.booked"
        case .checkInRefused: "appointment.refused"
        case .deviceStatusChanged: "device.status"
        case .noticeLoaded: "notice.loaded"
        case .ticketPrinted: "ticket.printed"
        }
    }

    /// The ticket this event is about, if any.
    public var ticketID: TicketID? {
        switch self {
        case .ticketIssued(let t): t.id
        case .ticketCalled(let id, _, _, _), .ticketRecalled(let id, _, _, _),
             .serviceStarted(let id, _, _), .serviceFinished(let id, _, _, _),
             .ticketNoShow(let id, _, _, _), .ticketTransferred(let id, _, _, _, _),
             .ticketPostponed(let id, _), .ticketReturned(let id, _), .ticketCancelled(let id, _, _):
            id
        case .ratingRecorded(let r): r.ticket
        case .ticketPrinted(let p, _): p.ticket
        default: nil
        }
    }
}

/// An event as journaled: its sequence number, the command that caused it, and when.
public struct JournaledEvent: Sendable, Codable, Hashable {
    public var sequence: Int64
    public var command: CommandID
    public var at: Date
    public var event: Event

    public init(sequence: Int64, command: CommandID, at: Date, event: Event) {
        self.sequence = sequence
        self.command = command
        self.at = at
        self.event = event
    }
}
