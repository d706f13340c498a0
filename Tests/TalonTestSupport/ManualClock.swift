public import Foundation
public import TalonCore
import Synchronization

/// A clock that moves only when a test moves it.
public final class ManualClock: HallClock {
    private let time: Mutex<Date>

    public init(_ start: Date) { time = Mutex(start) }

    /// A clock at a local wall-clock time in `zone`: `ManualClock.at("2026-11-23 09:00", zone: "Europe/Moscow")`.
    public convenience init(local: String, zone: String = "Europe/Moscow") {
        self.init(Self.date(local, zone: zone))
    }

    public func now() -> Date { time.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(_ seconds: TimeInterval) {
        time.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sets the clock.
    public func set(_ date: Date) { time.withLock { $0 = date } }

    /// The instant of local wall-clock time `yyyy-MM-dd HH:mm[:ss]` in `zone`.
    public static func date(_ local: String, zone: String = "Europe/Moscow") -> Date {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: zone)!
        f.dateFormat = local.count > 16 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm"
        guard let d = f.date(from: local) else { fatalError("bad test time «\(local)»") }
        return d
    }
}
