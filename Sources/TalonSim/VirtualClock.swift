public import Foundation
public import TalonCore
import Synchronization

/// A hall clock that reads `start` and then runs `speed` times faster than real time:
///
/// * speed 0 — time stands still between ``set(_:)`` calls: the batch simulation jumps
///   from one event to the next;
/// * speed 60 — the live demo, a 12-hour day in 12 minutes;
/// * speed 1 — a server that pretends to start at a given time (`talon serve --pretend-time`).
public final class VirtualClock: HallClock {
    private struct Anchor {
        var virtual: Date
        var real: UInt64
    }
    private let anchor: Mutex<Anchor>
    public let speed: Double

    public init(_ start: Date, speed: Double = 0) {
        self.speed = speed
        anchor = Mutex(Anchor(virtual: start, real: DispatchTime.now().uptimeNanoseconds))
    }

    public func now() -> Date {
        anchor.withLock { reading($0, at: DispatchTime.now().uptimeNanoseconds) }
    }

    /// Moves the clock to `date` (never backwards); at a speed above 0 it runs on from there.
    public func set(_ date: Date) {
        anchor.withLock { a in
            let real = DispatchTime.now().uptimeNanoseconds
            a = Anchor(virtual: max(reading(a, at: real), date), real: real)
        }
    }

    /// Returns when the clock reads `date`: at speed 0 at once, having moved it there;
    /// otherwise after the real time that takes.
    public func wait(until date: Date) async throws {
        guard speed > 0 else { return set(date) }
        let seconds = max(0, date.timeIntervalSince(now()) / speed)
        try await Task.sleep(for: .nanoseconds(Int64(seconds * 1e9)))
    }

    private func reading(_ a: Anchor, at real: UInt64) -> Date {
        speed > 0 ? a.virtual.addingTimeInterval(Double(real - a.real) / 1e9 * speed) : a.virtual
    }
}
