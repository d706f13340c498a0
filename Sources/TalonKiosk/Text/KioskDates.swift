import Foundation
import TalonCore

/// Times and dates as the kiosk says them, in the center's time zone: «10:30»,
/// «27 ноября», «завтра в 08:00».
struct KioskDates {
    let calendar: BusinessCalendar

    /// «10:30».
    func time(_ date: Date) -> String {
        let m = calendar.local(date).minute
        return "\((m / 60).zeroPadded(2)):\((m % 60).zeroPadded(2))"
    }

    /// «27 ноября» / «27 November».
    func day(_ day: BusinessDay, _ language: Language) -> String {
        let ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        let names = language == .ru ? ru : en
        return "\(day.day) \(names[max(0, min(11, day.month - 1))])"
    }

    /// When something happens, relative to `now`: «в 08:00», «завтра в 08:00»,
    /// «23 ноября в 08:00».
    func when(_ date: Date, from now: Date) -> LocalizedText {
        let target = calendar.local(date).day, today = calendar.local(now).day
        let t = time(date)
        if target == today { return LocalizedText(ru: "сегодня в \(t)", en: "today at \(t)") }
        if target == calendar.shifted(today, by: 1) { return LocalizedText(ru: "завтра в \(t)", en: "tomorrow at \(t)") }
        return LocalizedText(ru: "\(day(target, .ru)) в \(t)", en: "on \(day(target, .en)) at \(t)")
    }
}
