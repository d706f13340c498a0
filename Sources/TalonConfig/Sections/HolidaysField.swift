import Foundation
import TalonCore

/// `holidays:` — days the center is closed, as `YYYY-MM-DD` or a range
/// `YYYY-MM-DD..YYYY-MM-DD` (both ends included), for the New Year holidays.
enum HolidaysField {
    /// A longer range is surely a typo in the year.
    static let maximumRangeDays = 31

    static func parse(_ node: ConfigNode) -> Set<BusinessDay>? {
        guard let items = node.list() else { return nil }
        var days: Set<BusinessDay> = []
        var seen = UniqueCheck<BusinessDay, Void>()
        for item in items {
            guard let text = item.string() else { continue }
            guard let range = range(text) else {
                item.report(.invalidValue, "\(item.found) is not a date: write «2026-01-07», "
                            + "or a range «2026-01-01..2026-01-08»")
                continue
            }
            guard range.count <= maximumRangeDays else {
                item.report(.invalidValue, "\(item.found) spans more than \(maximumRangeDays) days; at most "
                            + "\(maximumRangeDays) days fit in one range")
                continue
            }
            for day in range {
                let fresh = seen.claim(day, by: (), at: item) { _ in
                    "\(day) is listed twice"
                }
                if !fresh { break }
                days.insert(day)
            }
        }
        return days
    }

    /// The days of `2026-01-07` or `2026-01-01..2026-01-08`, or `nil` if not dates.
    static func range(_ text: String) -> [BusinessDay]? {
        let ends = text.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count <= 2, let first = date(ends[0]), let last = date(ends[ends.count - 1]),
              first <= last else { return nil }
        var days: [BusinessDay] = []
        var day = first
        // Bounded: stops one past the limit so that the caller can report the span.
        while day <= last, days.count <= maximumRangeDays {
            days.append(day)
            day = next(after: day)
        }
        return days
    }

    /// A real calendar date: `2026-02-30` is not one.
    static func date(_ text: String) -> BusinessDay? {
        guard let day = BusinessDay(iso: text), (1900...2999).contains(day.year),
              day.day <= BusinessDay.days(inMonth: day.month, year: day.year) else { return nil }
        return day
    }

    static func next(after day: BusinessDay) -> BusinessDay {
        if day.day < BusinessDay.days(inMonth: day.month, year: day.year) {
            return BusinessDay(year: day.year, month: day.month, day: day.day + 1)
        }
        return day.month < 12 ? BusinessDay(year: day.year, month: day.month + 1, day: 1)
                              : BusinessDay(year: day.year + 1, month: 1, day: 1)
    }
}
