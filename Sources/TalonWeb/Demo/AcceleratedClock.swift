public import Foundation
public import TalonCore
import Synchronization

/// A hall clock that runs `speed` times faster than real time from a chosen start —
/// the live demo's clock, so the whole hall (estimates, no-show time-outs, the day's
/// end) runs at the demo's speed. It can jump forward (over the night).
public final class AcceleratedClock: HallClock {
    private struct Anchor {
        var virtual: Date
        var real: UInt64
    }
    private let anchor: Mutex<Anchor>
    public let speed: Double

    public init(start: Date, speed: Double) {
        self.speed = speed
        anchor = Mutex(Anchor(virtual: start, real: DispatchTime.now().uptimeNanoseconds))
    }

    public func now() -> Date {
        anchor.withLock { a in
            a.virtual.addingTimeInterval(Double(DispatchTime.now().uptimeNanoseconds - a.real) / 1e9 * speed)
        }
    }

    /// Moves the hall's time to `date` if it is later.
    public func jump(to date: Date) {
        anchor.withLock { a in
            let real = DispatchTime.now().uptimeNanoseconds
            let current = a.virtual.addingTimeInterval(Double(real - a.real) / 1e9 * speed)
            a = Anchor(virtual: max(current, date), real: real)
        }
    }

    /// Real time until the hall's clock reads `date`.
    public func realDelay(until date: Date) -> Duration {
        let seconds = max(0, date.timeIntervalSince(now()) / speed)
        return .nanoseconds(Int64(seconds * 1e9))
    }
}
