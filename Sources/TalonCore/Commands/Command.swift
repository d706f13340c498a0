/// Everything that can change the hall. Adapters (touch, buttons, HTTP, sync) build
/// commands; the engine checks them against the state and turns them into events.
public enum Command: Sendable, Codable, Hashable {
    /// Issue a ticket for a service.
    case issueTicket(IssueTicket)
    /// Check in a booked visitor by booking code: issues the appointment's ticket.
    case checkIn(code: AppointmentCode, kiosk: DeviceID?, language: Language)
    /// Call the next ticket the calling policy picks for the window.
    case callNext(window: WindowID)
    /// Call a particular ticket out of order; the reason is kept.
    case callSpecific(window: WindowID, ticket: TicketID, reason: String)
    /// Announce the window's called ticket again.
    case recall(window: WindowID)
    /// The visitor came: service starts.
    case startService(window: WindowID)
    /// Service at the window ends.
    case finishService(window: WindowID, outcome: TicketOutcome)
    /// The called visitor did not come.
    case markNoShow(window: WindowID)
    /// Send the window's visitor to another service or window; the issue time is kept.
    case transfer(window: WindowID, toService: ServiceID?, toWindow: WindowID?)
    /// Put a waiting ticket aside (the visitor stepped out to copy a document).
    case postpone(ticket: TicketID)
    /// Put a postponed ticket back in the queue at its original place.
    case returnTicket(ticket: TicketID)
    /// Cancel a waiting or postponed ticket.
    case cancel(ticket: TicketID, reason: String)
    case openWindow(window: WindowID)
    case pauseWindow(window: WindowID)
    case closeWindow(window: WindowID)
    case signIn(window: WindowID, consultant: ConsultantID)
    case signOut(window: WindowID)
    /// A smiley press (1–4) at a window.
    case rate(window: WindowID, score: Int, device: DeviceID?)
    /// Time passes: no-show time-outs are applied.
    case tick
    /// Load a booking into the hall (import, or the central link).
    case bookAppointment(Appointment)
    /// An adapter reports a device's health.
    case reportDevice(DeviceStatus)
    /// Load a document-readiness notice (import, or the central link).
    case loadNotice(ReadinessNotice)
    /// The print adapter reports what became of a ticket sent to a printer.
    case recordPrint(PrintRecord)
}

/// Parameters of ``Command/issueTicket(_:)``.
public struct IssueTicket: Sendable, Codable, Hashable {
    public var service: ServiceID
    public var category: CategoryID?
    public var appointment: AppointmentCode?
    /// A pickup ticket for this application, whose documents must be ready.
    public var application: ApplicationNumber?
    public var language: Language
    public var kiosk: DeviceID?

    public init(service: ServiceID, category: CategoryID? = nil,
                appointment: AppointmentCode? = nil, application: ApplicationNumber? = nil,
                language: Language = .ru, kiosk: DeviceID? = nil) {
        self.service = service
        self.category = category
        self.appointment = appointment
        self.application = application
        self.language = language
        self.kiosk = kiosk
    }
}

/// A command with the id that makes it idempotent.
public struct CommandEnvelope: Sendable, Codable, Hashable {
    public var id: CommandID
    public var command: Command

    public init(id: CommandID, command: Command) {
        self.id = id
        self.command = command
    }
}
