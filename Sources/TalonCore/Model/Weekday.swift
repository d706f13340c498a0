/// A day of the week, Monday first as on Russian calendars.
public enum Weekday: String, Codable, Sendable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// From Foundation's `Calendar` weekday component (1 = Sunday … 7 = Saturday).
    public init(gregorianComponent: Int) {
        self = [.sun, .mon, .tue, .wed, .thu, .fri, .sat][(gregorianComponent - 1 + 7) % 7]
    }

    /// 0 for Monday … 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}
