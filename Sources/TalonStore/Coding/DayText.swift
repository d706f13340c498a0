import TalonCore

/// `BusinessDay` as text without `String(format:)`, which costs more than the SQLite
/// insert it feeds on the commit path and in the bulk load.
enum DayText {
    /// `2026-11-21`, as `BusinessDay.description` writes it.
    static func iso(_ day: BusinessDay) -> String {
        padded(day.year, 4) + "-" + padded(day.month, 2) + "-" + padded(day.day, 2)
    }

    /// `20261121`, as `BusinessDay.compact` writes it.
    static func compact(_ day: BusinessDay) -> String {
        padded(day.year, 4) + padded(day.month, 2) + padded(day.day, 2)
    }

    /// `n` in decimal, zero-padded to `width` digits.
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
