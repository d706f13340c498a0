/// The service center: its name, time zone, business day and opening hours.
public struct CenterConfig: Sendable, Codable, Hashable {
    public var id: String
    public var name: LocalizedText
    /// IANA time zone name, e.g. `Europe/Moscow`. All business days and opening hours
    /// are in this zone.
    public var timeZone: String
    /// Local hour at which a business day starts (0–23). Numbers restart then.
    public var businessDayStartHour: Int
    /// Opening hours per weekday; a missing weekday is closed.
    public var hours: [Weekday: OpeningHours]
    /// Days the center is closed whatever the weekday.
    public var holidays: Set<BusinessDay>
    /// The address visitors' phones reach `talon serve` at (`https://mfc.example`): a
    /// ticket's QR code opens `<publicURL>/t/<token>`.
    public var publicURL: String?

    public init(id: String, name: LocalizedText, timeZone: String, businessDayStartHour: Int = 4,
                hours: [Weekday: OpeningHours], holidays: Set<BusinessDay> = [],
                publicURL: String? = nil) {
        self.id = id
        self.name = name
        self.timeZone = timeZone
        self.businessDayStartHour = businessDayStartHour
        self.hours = hours
        self.holidays = holidays
        self.publicURL = publicURL
    }
}

/// Opening hours of one day, as minutes after local midnight: `08:00–20:00` is 480..<1200.
public struct OpeningHours: Sendable, Codable, Hashable, CustomStringConvertible {
    public var opensAt: Int
    public var closesAt: Int

    public init(opensAt: Int, closesAt: Int) {
        self.opensAt = opensAt
        self.closesAt = closesAt
    }

    /// Parses `08:00-20:00` (a hyphen or an en dash).
    public init?(parsing text: String) {
        let parts = text.replacingOccurrences(of: "–", with: "-")
            .split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let a = OpeningHours.minutes(parts[0]),
              let b = OpeningHours.minutes(parts[1]), a < b else { return nil }
        self.init(opensAt: a, closesAt: b)
    }

    static func minutes(_ text: String) -> Int? {
        let hm = text.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
              (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 24 * 60 else { return nil }
        return h * 60 + m
    }

    public var description: String {
        "\((opensAt / 60).zeroPadded(2)):\((opensAt % 60).zeroPadded(2))–\((closesAt / 60).zeroPadded(2)):\((closesAt % 60).zeroPadded(2))"
    }
}

import Foundation
