import Foundation
import Hummingbird
import TalonCore

/// `GET /api/v1/devices`: the hall's equipment for staff — what adapters report about
/// input devices, printers and kiosks, and today's tickets that did not come out of a
/// printer, so a printing fault is on the console, not only in the logs.
extension WebHall {
    func addDeviceRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.get("devices") { _, context in
            // Staff only: a display or a kiosk has no use for the hall's faults.
            try context.require(.operate)
            let state = await engine.current
            let today = engine.decider.calendar.businessDay(at: clock.now())
            return try json(DevicesView(state: state, day: today))
        }
    }
}

/// The answer of `GET /api/v1/devices`.
struct DevicesView: Codable, Sendable {
    /// A device as its adapter last reported it.
    struct Device: Codable, Sendable {
        var device: String
        var kind: String
        var condition: String
        /// What to do about it, in Russian.
        var message: String
    }

    /// A ticket whose printing failed or has not finished: the visitor has the number on
    /// the kiosk's screen (and the live page), not on paper.
    struct Unprinted: Codable, Sendable {
        var label: String
        var service: String
        var kiosk: String?
        var printStatus: String
        var issuedAt: Date
    }

    /// The most unprinted tickets listed: enough for a console panel, and a bound on the
    /// answer on a day the printer is down from opening.
    static let unprintedLimit = 50

    /// Faults first, then the devices that are ok; each group by device id.
    var devices: [Device]
    /// The business day's unprinted tickets, newest first.
    var unprinted: [Unprinted]

    init(state: HallState, day: BusinessDay) {
        devices = state.devices.values
            .sorted { ($0.condition == .ok ? 1 : 0, $0.device.rawValue) < ($1.condition == .ok ? 1 : 0, $1.device.rawValue) }
            .map { Device(device: $0.device.rawValue, kind: $0.kind.rawValue, condition: $0.condition.rawValue,
                          message: $0.message) }
        let unprinted = state.tickets.values.compactMap { t -> Unprinted? in
            guard t.businessDay == day, let status = t.printStatus, status != .printed else { return nil }
            return Unprinted(label: t.label, service: t.service.rawValue, kiosk: t.kiosk?.rawValue,
                             printStatus: status.rawValue, issuedAt: t.issuedAt)
        }
        self.unprinted = Array(unprinted.sorted { ($0.issuedAt, $0.label) > ($1.issuedAt, $1.label) }
                                   .prefix(Self.unprintedLimit))
    }
}
