public import Foundation
public import TalonCore

/// A tap on a kiosk's screen, for the kiosk page: screen pixels and the kernel time of
/// the finger's release.
public struct Tap: Sendable, Hashable {
    public var kiosk: DeviceID
    public var x: Double
    public var y: Double
    /// The release event's kernel timestamp.
    public var time: EventTime
    /// The touchscreen it came from.
    public var device: DeviceID

    public init(kiosk: DeviceID, x: Double, y: Double, time: EventTime, device: DeviceID) {
        self.kiosk = kiosk
        self.x = x
        self.y = y
        self.time = time
        self.device = device
    }

    /// The release time as a date (evdev timestamps are CLOCK_REALTIME by default).
    public var at: Date { Date(timeIntervalSince1970: time.asSeconds) }
}
