import Foundation
import TalonCore

/// The fixed phrases of a ticket in both languages.
enum TicketWording {
    /// «Выдан: 12.03.2025 09:41», in the center's time zone. Formatted by hand, not by
    /// a locale, so every machine prints the same bytes.
    static func issued(_ date: Date, in zone: TimeZone, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let stamp = "\(two(c.day ?? 0)).\(two(c.month ?? 0)).\(c.year ?? 0) \(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
        return language == .ru ? "Выдан: \(stamp)" : "Issued: \(stamp)"
    }

    static func ahead(_ count: Int, _ language: Language) -> String {
        switch language {
        case .ru: count == 0 ? "Вы следующий" : "Перед вами: \(count) " + RussianPlural.form(count, one: "человек", few: "человека", many: "человек")
        case .en: count == 0 ? "You are next" : "Ahead of you: \(count)"
        }
    }

    static func wait(minutes: Int, _ language: Language) -> String {
        switch language {
        case .ru: "Ожидание: около \(max(minutes, 1)) мин"
        case .en: "Expected wait: about \(max(minutes, 1)) min"
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
