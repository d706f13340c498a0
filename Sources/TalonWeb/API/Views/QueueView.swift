import Foundation
import TalonCore

/// The hall at a glance (`GET /api/v1/queue`): waiting per service, the windows and
/// what each serves, the latest calls, and the hall's clock.
struct QueueView: Codable, Sendable {
    struct ServiceLine: Codable, Sendable {
        var id: String
        var name: LocalizedText
        var prefix: String
        var waiting: Int
        var postponed: Int
        /// Expected wait of the last ticket in line, in seconds (0 when nobody waits).
        var expectedWaitSeconds: Int
        var openWindows: Int
    }

    struct Call: Codable, Sendable {
        var ticket: String
        var label: String
        var service: String
        var window: String
        var windowNumber: Int
        var at: Date
        var recall: Bool
    }

    var center: LocalizedText
    var timeZone: String
    /// The hall's clock now (in the demo, the accelerated virtual clock).
    var now: Date
    /// How many hall seconds pass per real second (1, or the demo's speed).
    var clockSpeed: Double
    /// The journal sequence this view is as of: SSE events after it are news.
    var sequence: Int64
    var services: [ServiceLine]
    var windows: [WindowView]
    /// The latest calls, newest first.
    var recentCalls: [Call]

    static func make(state: HallState, estimates: [TicketID: WaitEstimate], config: HallConfig,
                     now: Date, clockSpeed: Double) -> QueueView {
        var waiting: [ServiceID: Int] = [:], postponed: [ServiceID: Int] = [:], wait: [ServiceID: Double] = [:]
        for t in state.tickets.values {
            switch t.status {
            case .waiting:
                waiting[t.service, default: 0] += 1
                if let e = estimates[t.id] { wait[t.service] = max(wait[t.service] ?? 0, e.seconds) }
            case .postponed: postponed[t.service, default: 0] += 1
            default: break
            }
        }
        let open = config.windows.filter { state.windows[$0.id]?.mode == .open }
        let services = config.services.map { s in
            ServiceLine(id: s.id.rawValue, name: s.name, prefix: s.prefix, waiting: waiting[s.id] ?? 0,
                        postponed: postponed[s.id] ?? 0, expectedWaitSeconds: Int((wait[s.id] ?? 0).rounded()),
                        openWindows: open.filter { $0.serves(s.id) }.count)
        }
        let windows = config.windows.map { w in
            let ws = state.windows[w.id] ?? WindowState(id: w.id)
            let current = ws.current.flatMap { state.tickets[$0] }.map { TicketAnswer(ticket: $0) }
            return WindowView(ws, config: config, current: current)
        }
        let calls = state.recentCalls.reversed().map { c in
            Call(ticket: c.ticket.rawValue, label: c.label, service: c.service.rawValue, window: c.window.rawValue,
                 windowNumber: config.window(c.window)?.number ?? 0, at: c.at, recall: c.recall)
        }
        return QueueView(center: config.center.name, timeZone: config.center.timeZone, now: now,
                         clockSpeed: clockSpeed, sequence: state.sequence, services: services,
                         windows: windows, recentCalls: Array(calls))
    }
}
