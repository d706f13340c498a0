public import Foundation

/// `2026-11-24T08:00:13Z`: a date in UTC to whole seconds, as Foundation's
/// `ISO8601DateFormatter` writes it by default (rounded to the millisecond, then the
/// fraction dropped), with no formatter, locale or calendar on the way.
public enum ISO8601Text {
    /// The text of `date` in UTC.
    public static func utc(_ date: Date) -> String {
        let millis = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = Int((millis / 1000).rounded(.down))
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, s) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        let (y, m, d) = civil(fromDays: day)
        return "\(y.zeroPadded(4))-\(m.zeroPadded(2))-\(d.zeroPadded(2))T"
            + "\((s / 3600).zeroPadded(2)):\((s / 60 % 60).zeroPadded(2)):\((s % 60).zeroPadded(2))Z"
    }

    /// Year, month, day of the proleptic Gregorian calendar `days` after 1970-01-01
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
