public import Foundation
public import TalonCore

/// A ticket as the API shows it: the printed number, where it is, and how long it is
/// expected to wait.
public struct TicketView: Codable, Sendable, Hashable {
    public var id: String
    public var number: Int
    /// The printed number, «П042».
    public var label: String
    public var service: String
    public var serviceName: LocalizedText?
    public var status: String
    public var category: String?
    public var appointment: String?
    public var issuedAt: Date
    public var calledAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var window: String?
    public var windowNumber: Int?
    public var recalls: Int
    /// Place in the queue, 1 = next; only while waiting.
    public var position: Int?
    /// Tickets that will be called before this one; only while waiting.
    public var ahead: Int?
    public var estimatedWaitSeconds: Int?
    public var estimatedWaitMinutes: Int?
    /// Why the calling policy chose it (for a call) or where it stands (in a ranking).
    public var reason: ReasonView?

    public init(_ answer: TicketAnswer, config: HallConfig) {
        let t = answer.ticket
        id = t.id.rawValue
        number = t.number
        label = t.label
        service = t.service.rawValue
        serviceName = config.service(t.service)?.name
        status = t.status.rawValue
        category = t.category?.rawValue
        appointment = t.appointment?.rawValue
        issuedAt = t.issuedAt
        calledAt = t.calledAt
        startedAt = t.startedAt
        finishedAt = t.finishedAt
        window = t.window?.rawValue
        windowNumber = t.window.flatMap { config.window($0)?.number }
        recalls = t.recalls
        if let e = answer.estimate {
            position = e.ahead + 1
            ahead = e.ahead
            estimatedWaitSeconds = Int(e.seconds.rounded())
            estimatedWaitMinutes = e.minutes
        }
        reason = answer.reason.map(ReasonView.init)
    }
}

/// A ``CallReason`` for people and programs: the kind and a sentence for the console.
public struct ReasonView: Codable, Sendable, Hashable {
    public var kind: String
    public var tier: Int
    public var dueAt: Date
    public var text: String

    public init(_ r: CallReason) {
        kind = r.kind.rawValue
        tier = r.tier
        dueAt = r.dueAt
        text = r.description
    }
}

/// A window's live state.
public struct WindowView: Codable, Sendable, Hashable {
    public var id: String
    public var number: Int
    public var mode: String
    public var consultant: String?
    public var current: TicketView?
    public var services: [String]

    public init(_ w: WindowState, config: HallConfig, current: TicketAnswer?) {
        id = w.id.rawValue
        number = config.window(w.id)?.number ?? 0
        mode = w.mode.rawValue
        consultant = w.consultant?.rawValue
        self.current = current.map { TicketView($0, config: config) }
        services = config.window(w.id)?.services.map(\.service.rawValue) ?? []
    }
}
