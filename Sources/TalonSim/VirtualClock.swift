public import Foundation
public import TalonCore
import Synchronization

/// The simulation's clock: it jumps from one simulated event to the next.
public final class VirtualClock: HallClock {
    private let time: Mutex<Date>

    public init(_ start: Date) { time = Mutex(start) }

    public func now() -> Date { time.withLock { $0 } }

    /// Moves the clock to `date` (never backwards).
    public func set(_ date: Date) { time.withLock { $0 = max($0, date) } }
}
