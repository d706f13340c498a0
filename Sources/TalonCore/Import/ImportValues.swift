public import Foundation

/// The dates and times an import accepts, parsed strictly: a value that is not a real
/// instant or day (31 November, 02:30 in a spring-forward gap) is `nil`, never rolled
/// over to a neighbour.
public enum ImportValues {
    /// A booking's slot: the center's local time `2026-11-24 10:30` (or `…T10:30`, with
    /// optional seconds; `24.11.2026 10:30` as a Russian spreadsheet writes it), or ISO 8601
    /// with an offset, `2026-11-24T10:30:00+03:00` or `…Z`.
    ///
    /// - Parameter zone: the center's time zone, for a time without an offset.
    public static func slot(_ raw: String, in zone: TimeZone) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard text.count <= 40,
              let split = text.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }),
              let (year, month, day) = dateParts(text[..<split]) else { return nil }
        var time = Substring(text[text.index(after: split)...].trimmingCharacters(in: .whitespaces))
        var offset: Int?
        if time.hasSuffix("Z") || time.hasSuffix("z") {
            offset = 0
            time = time.dropLast()
        } else if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let seconds = offsetSeconds(time[sign...]) else { return nil }
            offset = seconds
            time = time[..<sign]
        }
        guard let (hour, minute, second, nanos) = timeParts(time.trimmingCharacters(in: .whitespaces)),
              let zone = offset.map({ TimeZone(secondsFromGMT: $0) }) ?? zone else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: parts) else { return nil }
        // A rolled-over day or a time in a DST gap comes back different.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == year, back.month == month, back.day == day, back.hour == hour,
              back.minute == minute, back.second == second else { return nil }
        return date.addingTimeInterval(Double(nanos) / 1e9)
    }

    /// A calendar day: `2026-11-27`, or `27.11.2026`.
    public static func day(_ raw: String) -> BusinessDay? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard text.count <= 10, let (year, month, day) = dateParts(Substring(text)),
              day <= BusinessDay.days(inMonth: month, year: year) else { return nil }
        return BusinessDay(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD` or `DD.MM.YYYY`, with a plausible year.
    static func dateParts(_ text: Substring) -> (Int, Int, Int)? {
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        let dotted = text.split(separator: ".", omittingEmptySubsequences: false)
        let y: Substring, m: Substring, d: Substring
        if dashed.count == 3, dashed[0].count == 4, dashed[1].count == 2, dashed[2].count == 2 {
            (y, m, d) = (dashed[0], dashed[1], dashed[2])
        } else if dotted.count == 3, dotted[0].count == 2, dotted[1].count == 2, dotted[2].count == 4 {
            (y, m, d) = (dotted[2], dotted[1], dotted[0])
        } else {
            return nil
        }
        guard let year = digits(y), let month = digits(m), let day = digits(d),
              (1970...2999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`.
    static func timeParts(_ text: String) -> (Int, Int, Int, Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 2, parts[1].count == 2,
              let hour = digits(parts[0]), let minute = digits(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        guard parts.count == 3 else { return (hour, minute, 0, 0) }
        let secondParts = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard secondParts[0].count == 2, let second = digits(secondParts[0]), (0...59).contains(second) else { return nil }
        var nanos = 0
        if secondParts.count == 2 {
            let fraction = secondParts[1]
            guard (1...9).contains(fraction.count), let value = digits(fraction) else { return nil }
            nanos = value * Int(pow(10, Double(9 - fraction.count)))
        }
        return (hour, minute, second, nanos)
    }

    /// `+03:00`, `+0300`, `+03`, `-05:30` as seconds east of UTC.
    static func offsetSeconds(_ text: Substring) -> Int? {
        let sign = text.first == "-" ? -1 : 1
        let body = text.dropFirst().filter { $0 != ":" }
        guard body.count == 2 || body.count == 4, let value = digits(Substring(body)) else { return nil }
        let hours = body.count == 2 ? value : value / 100
        let minutes = body.count == 2 ? 0 : value % 100
        guard hours <= 14, minutes <= 59 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// ASCII digits only (`Int("+5")` and `Int("٣")` would pass otherwise).
    static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
