public import Foundation

/// A queue ticket and everything that happened to it.
///
/// Wait time = `calledAt − issuedAt` (first call), walk time = `startedAt − calledAt`,
/// service time = `finishedAt − startedAt`. A transfer keeps `issuedAt`, so a transferred
/// visitor keeps their place in time.
public struct Ticket: Sendable, Codable, Hashable, Identifiable {
    public var id: TicketID
    /// The daily counter value, 1, 2, 3… (the printed number is `label`).
    public var number: Int
    /// The printed number: prefix and three digits, «П042».
    public var label: String
    public var service: ServiceID
    public var businessDay: BusinessDay
    public var category: CategoryID?
    public var appointment: AppointmentCode?
    /// For a checked-in appointment: the slot time, which sets when the ticket is due.
    public var slotAt: Date?
    public var language: Language
    public var kiosk: DeviceID?
    public var issuedAt: Date
    public var status: TicketStatus
    /// The window it is called to or served at.
    public var window: WindowID?
    /// A transfer to one window: only that window may call it.
    public var targetWindow: WindowID?
    public var firstCalledAt: Date?
    public var calledAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var recalls: Int
    public var transfers: Int
    public var outcome: TicketOutcome?
    /// The token of the ticket's live page, `/t/<token>` (``TicketToken``).
    public var publicToken: String?
    /// For a pickup ticket: the application whose documents are picked up.
    public var application: ApplicationNumber?
    /// What the printer did with it, once the print adapter reported.
    public var printStatus: TicketPrintStatus?

    public init(id: TicketID, number: Int, label: String, service: ServiceID,
                businessDay: BusinessDay, category: CategoryID? = nil,
                appointment: AppointmentCode? = nil, slotAt: Date? = nil,
                language: Language = .ru, kiosk: DeviceID? = nil, issuedAt: Date,
                publicToken: String? = nil, application: ApplicationNumber? = nil) {
        self.id = id
        self.number = number
        self.label = label
        self.service = service
        self.businessDay = businessDay
        self.category = category
        self.appointment = appointment
        self.slotAt = slotAt
        self.language = language
        self.kiosk = kiosk
        self.issuedAt = issuedAt
        self.publicToken = publicToken
        self.application = application
        self.status = .waiting
        self.recalls = 0
        self.transfers = 0
    }

    /// Whether the ticket is still in the hall's life (its number may not be reused).
    public var isLive: Bool {
        switch status {
        case .waiting, .postponed, .called, .serving: true
        case .finished, .noShow, .cancelled: false
        }
    }
}

/// Where a ticket is in its life.
public enum TicketStatus: String, Sendable, Codable, Hashable {
    case waiting, postponed, called, serving, finished, noShow = "no_show", cancelled
}

/// How a ticket's life ended.
public enum TicketOutcome: String, Sendable, Codable, Hashable {
    /// Served, documents accepted or handed over.
    case served
    /// Served, but the case could not be completed (missing documents…).
    case incomplete
    /// Did not come to the window.
    case noShow = "no_show"
    /// Cancelled before being served.
    case cancelled
}
