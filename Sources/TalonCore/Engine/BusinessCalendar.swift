public import Foundation

/// The center's calendar: business days, opening hours and holidays in its time zone.
///
/// A business day starts at `businessDayStartHour` local time. The local wall-clock hour
/// is compared, so the boundary stays at 04:00 on the days the clocks change (DST
/// changes happen between 01:00 and 03:00 in the zones we serve).
public struct BusinessCalendar: Sendable {
    public let timeZone: TimeZone
    public let startHour: Int
    let hours: [Weekday: OpeningHours]
    let holidays: Set<BusinessDay>
    let calendar: Calendar

    /// Builds the calendar of `center`. Returns `nil` for an unknown time zone (the
    /// config loader reports that as an error first).
    public init?(center: CenterConfig) {
        guard let zone = TimeZone(identifier: center.timeZone) else { return nil }
        self.timeZone = zone
        self.startHour = center.businessDayStartHour
        self.hours = center.hours
        self.holidays = center.holidays
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
    }

    /// The business day `date` belongs to.
    public func businessDay(at date: Date) -> BusinessDay {
        let c = calendar.dateComponents([.year, .month, .day, .hour], from: date)
        let today = BusinessDay(year: c.year!, month: c.month!, day: c.day!)
        return c.hour! < startHour ? previous(today) : today
    }

    /// The calendar day before `day`.
    public func previous(_ day: BusinessDay) -> BusinessDay {
        shifted(day, by: -1)
    }

    /// `day` moved by `days` calendar days.
    public func shifted(_ day: BusinessDay, by days: Int) -> BusinessDay {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let noon = utc.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
        let moved = utc.date(byAdding: .day, value: days, to: noon)!
        let c = utc.dateComponents([.year, .month, .day], from: moved)
        return BusinessDay(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The instant a local wall-clock time happens on calendar day `day`.
    public func instant(on day: BusinessDay, minuteOfDay: Int) -> Date {
        let comps = DateComponents(year: day.year, month: day.month, day: day.day,
                                   hour: minuteOfDay / 60, minute: minuteOfDay % 60)
        return calendar.date(from: comps)!
    }

    /// The weekday of a calendar day.
    public func weekday(of day: BusinessDay) -> Weekday {
        let noon = instant(on: day, minuteOfDay: 12 * 60)
        return Weekday(gregorianComponent: calendar.component(.weekday, from: noon))
    }

    /// Local calendar day, weekday and minute of day of `date`.
    public func local(_ date: Date) -> (day: BusinessDay, weekday: Weekday, minute: Int) {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        return (BusinessDay(year: c.year!, month: c.month!, day: c.day!),
                Weekday(gregorianComponent: c.weekday!), c.hour! * 60 + c.minute!)
    }

    /// Opening hours of a calendar day, or `nil` when closed (weekday off or holiday).
    public func openingHours(on day: BusinessDay) -> OpeningHours? {
        if holidays.contains(day) { return nil }
        return hours[weekday(of: day)]
    }

    /// Whether the center is open at `date`.
    public func isOpen(at date: Date) -> Bool {
        let l = local(date)
        guard !holidays.contains(l.day), let h = hours[l.weekday] else { return false }
        return l.minute >= h.opensAt && l.minute < h.closesAt
    }

    /// The next moment the center opens after `date` (within two weeks), or `nil`.
    public func nextOpening(after date: Date) -> Date? {
        let start = local(date).day
        for offset in 0..<15 {
            let day = shifted(start, by: offset)
            guard let h = openingHours(on: day) else { continue }
            let opens = instant(on: day, minuteOfDay: h.opensAt)
            if opens > date { return opens }
        }
        return nil
    }
}
