import Foundation
import TalonCore

/// A clock that starts at a given instant and runs at the speed of the monotonic clock:
/// lets a run pretend it is a given time of day, e.g. in the crash test.
struct OffsetClock: HallClock {
    let start: Date
    let origin = DispatchTime.now().uptimeNanoseconds

    func now() -> Date {
        start.addingTimeInterval(Double(DispatchTime.now().uptimeNanoseconds - origin) / 1e9)
    }
}
