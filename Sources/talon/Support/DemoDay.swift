import Foundation
import TalonCore

/// When the demo day starts: the hall's opening today, or the next opening.
enum DemoDay {
    static func start(config: HallConfig) -> Date {
        guard let calendar = BusinessCalendar(center: config.center) else { return Date() }
        let now = Date()
        let today = calendar.businessDay(at: now)
        if let h = calendar.openingHours(on: today) {
            return calendar.instant(on: today, minuteOfDay: h.opensAt).addingTimeInterval(-60)
        }
        return (calendar.nextOpening(after: now) ?? now).addingTimeInterval(-60)
    }
}
