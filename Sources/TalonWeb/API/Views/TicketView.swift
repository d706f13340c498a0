import Foundation
import TalonCore

/// A ticket as the API shows it: the printed number, where it is, and how long it is
/// expected to wait.
struct TicketView: Codable, Sendable, Hashable {
    var id: String
    var number: Int
    /// The printed number, «П042».
    var label: String
    var service: String
    var serviceName: LocalizedText?
    var status: String
    var category: String?
    var appointment: String?
    var issuedAt: Date
    var calledAt: Date?
    var startedAt: Date?
    var finishedAt: Date?
    var window: String?
    var windowNumber: Int?
    var recalls: Int
    /// Place in the queue, 1 = next; only while waiting.
    var position: Int?
    /// Tickets that will be called before this one; only while waiting.
    var ahead: Int?
    var estimatedWaitSeconds: Int?
    var estimatedWaitMinutes: Int?
    /// Why the calling policy chose it (for a call) or where it stands (in a ranking).
    var reason: ReasonView?

    init(_ answer: TicketAnswer, config: HallConfig) {
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
struct ReasonView: Codable, Sendable, Hashable {
    var kind: String
    var tier: Int
    var dueAt: Date
    var text: String

    init(_ r: CallReason) {
        kind = r.kind.rawValue
        tier = r.tier
        dueAt = r.dueAt
        text = r.description
    }
}

/// A window's live state.
struct WindowView: Codable, Sendable, Hashable {
    var id: String
    var number: Int
    var mode: String
    var consultant: String?
    var current: TicketView?
    var services: [String]

    init(_ w: WindowState, config: HallConfig, current: TicketAnswer?) {
        id = w.id.rawValue
        number = config.window(w.id)?.number ?? 0
        mode = w.mode.rawValue
        consultant = w.consultant?.rawValue
        self.current = current.map { TicketView($0, config: config) }
        services = config.window(w.id)?.services.map(\.service.rawValue) ?? []
    }
}
