import Foundation
import TalonCore

/// One kiosk inside the host: its machine, its layout and the frame on its screen.
struct KioskSession {
    var machine: KioskMachine
    let layout: KioskLayout
    var frame: KioskFrame
    /// The commands this kiosk's presses sent lately. Their answers reach the machine
    /// from ``KioskHost/tap(kiosk:x:y:)``; their events must not reach it a second time.
    private var commands: [CommandID] = []

    init?(kiosk: KioskConfig, hall: HallConfig, world: KioskWorld, now: Date) {
        guard let machine = KioskMachine(kiosk: kiosk, hall: hall, now: now) else { return nil }
        self.machine = machine
        self.layout = KioskLayout(kiosk: kiosk, hall: hall)
        self.frame = layout.frame(for: machine, world: world, version: 1, at: now)
    }

    /// Lays the screen out again; returns the new frame if anything on it changed.
    mutating func render(world: KioskWorld, at now: Date) -> KioskFrame? {
        var next = layout.frame(for: machine, world: world, version: frame.version, at: now)
        guard next != frame else { return nil }
        next.version += 1
        frame = next
        return next
    }

    /// Notes a command of this kiosk's own, before it is sent.
    mutating func sending(_ id: CommandID) {
        commands.append(id)
        if commands.count > 16 { commands.removeFirst(commands.count - 16) }
    }

    /// Whether `id` is a command this kiosk sent.
    func sent(_ id: CommandID) -> Bool {
        commands.contains(id)
    }
}
