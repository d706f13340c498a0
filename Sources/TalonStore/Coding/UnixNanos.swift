import Foundation

/// Times in columns: INTEGER nanoseconds since 1970-01-01T00:00:00Z (UTC).
///
/// Integers because they are exact: a `Date` read back from a column equals the one
/// written (for dates more than 97 days from 2001-01-01 and before 2262, where a
/// `Date`'s resolution is coarser than a nanosecond). REAL unix seconds lose the last
/// bit of about half of today's dates. In SQL: `datetime(at / 1000000000, 'unixepoch')`,
/// and see <https://www.sqlite.org/lang_datefunc.html>.
enum UnixNanos {
    static let offset: Int64 = 978_307_200 // seconds from 1970 to Foundation's 2001 reference date
    static let perSecond: Int64 = 1_000_000_000

    static func from(_ date: Date) -> Int64 {
        let seconds = date.timeIntervalSinceReferenceDate
        guard seconds.isFinite else { return seconds < 0 ? .min : .max }
        let whole = seconds.rounded(.down)
        // Beyond ±292 years of 1970 the value does not fit: clamp (no real hall date is there).
        guard whole > -9.0e9, whole < 9.0e9 else { return whole < 0 ? .min : .max }
        let fraction = seconds - whole // exact: whole and seconds share the exponent range
        return (Int64(whole) + offset) * perSecond + Int64((fraction * 1e9).rounded())
    }

    static func date(_ nanos: Int64) -> Date {
        let sinceReference = nanos.subtractingReportingOverflow(offset * perSecond)
        if sinceReference.overflow { return nanos < 0 ? .distantPast : .distantFuture }
        // Floor division, so the fraction is in [0, 1) for dates before 2001 too.
        var whole = sinceReference.partialValue / perSecond
        var rest = sinceReference.partialValue % perSecond
        if rest < 0 { whole -= 1; rest += perSecond }
        return Date(timeIntervalSinceReferenceDate: Double(whole) + Double(rest) / 1e9)
    }

    static func from(_ date: Date?) -> Int64? { date.map(from) }
}
