import Foundation
import TalonCore

/// One kiosk inside the host: its machine, its layout and the frame on its screen.
struct KioskSession {
    var machine: KioskMachine
    let layout: KioskLayout
    var frame: KioskFrame
    /// Tickets this kiosk's own presses issued, so their events are not shown twice.
    var own: [TicketID] = []

    init?(kiosk: KioskConfig, hall: HallConfig, world: KioskWorld, now: Date) {
        guard let machine = KioskMachine(kiosk: kiosk, hall: hall, now: now) else { return nil }
        self.machine = machine
        self.layout = KioskLayout(kiosk: kiosk, hall: hall)
        self.frame = layout.frame(for: machine, world: world, version: 1, at: now)
    }

    /// Lays the screen out again; returns the new frame if anything on it changed.
    mutating func render(world: KioskWorld, at now: Date) -> KioskFrame? {
        let next = layout.frame(for: machine, world: world, version: frame.version + 1, at: now)
        guard !next.sameContent(as: frame) else { return nil }
        frame = next
        return next
    }

    mutating func remember(_ id: TicketID) {
        own.append(id)
        if own.count > 16 { own.removeFirst(own.count - 16) }
    }
}
