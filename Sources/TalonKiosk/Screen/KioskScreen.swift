public import Foundation
public import TalonCore

/// The screens a kiosk goes through.
public enum KioskScreen: Sendable, Hashable {
    /// Language and the top of the service tree, check-in and readiness.
    case home
    /// A node of the service tree: its sub-nodes and services.
    case group(GroupID)
    /// «Do you have a priority?» for a service that allows categories.
    case category(ServiceID)
    /// A keypad for a booking code or an application number.
    case entry(KioskEntry)
    /// A request is with the hall engine.
    case working
    /// The visitor's ticket: confirmation, printing, or the fallback when it did not print.
    case ticket(KioskTicket)
    /// A message: a refused code, a readiness answer, a refusal of the hall.
    case message(KioskMessage)
    /// Tickets cannot be issued now.
    case outOfService(OutOfService)

    /// A short name for the page and tests.
    public var name: String {
        switch self {
        case .home: "home"
        case .group: "group"
        case .category: "category"
        case .entry(let e): e == .checkIn ? "check-in" : "readiness"
        case .working: "working"
        case .ticket(let t):
            switch t.print {
            case .printing: "printing"
            case .printed: "ticket"
            case .failed: "print-failed"
            case .noPrinter: "ticket-on-screen"
            }
        case .message: "message"
        case .outOfService: "out-of-service"
        }
    }
}

/// What a keypad screen asks for.
public enum KioskEntry: Sendable, Hashable {
    case checkIn
    case readiness
}

/// A ticket as the kiosk shows it: nothing about the visitor.
public struct KioskTicket: Sendable, Hashable {
    public var id: TicketID
    public var label: String
    public var service: LocalizedText
    public var ahead: Int?
    public var waitMinutes: Int?
    /// The ticket's live page, for the QR code; `nil` when the hall has no public address.
    public var pageURL: String?
    /// Why it was issued, when not a plain pick («Документы готовы», a booking).
    public var heading: LocalizedText?
    public var print: PrintProgress
    /// When the screen first showed it.
    public var shownAt: Date

    public init(id: TicketID, label: String, service: LocalizedText, ahead: Int? = nil,
                waitMinutes: Int? = nil, pageURL: String? = nil, heading: LocalizedText? = nil,
                print: PrintProgress, shownAt: Date) {
        self.id = id
        self.label = label
        self.service = service
        self.ahead = ahead
        self.waitMinutes = waitMinutes
        self.pageURL = pageURL
        self.heading = heading
        self.print = print
        self.shownAt = shownAt
    }
}

/// Where the ticket's printing is.
public enum PrintProgress: Sendable, Hashable {
    /// Sent to the printer; no word yet.
    case printing
    /// The printer has it: «take your ticket».
    case printed
    /// It did not print (or not in time): the number and QR stay on screen.
    case failed
    /// The kiosk has no printer: the number and QR are the ticket.
    case noPrinter
}

/// A message screen.
public struct KioskMessage: Sendable, Hashable {
    public enum Tone: Sendable, Hashable { case info, warning }
    public var title: LocalizedText
    public var body: LocalizedText
    public var tone: Tone
    /// Where «try again» goes; `nil` offers only «home».
    public var retry: KioskEntry?

    public init(title: LocalizedText, body: LocalizedText, tone: Tone = .info, retry: KioskEntry? = nil) {
        self.title = title
        self.body = body
        self.tone = tone
        self.retry = retry
    }
}

/// Why the kiosk is out of service.
public enum OutOfService: Sendable, Hashable {
    /// Outside opening hours; the next opening, if any is configured.
    case closed(next: Date?)
    /// The kiosk's printer cannot print.
    case printer(DeviceCondition)
    /// The hall engine could not make tickets durable.
    case engine
}
