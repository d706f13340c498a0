import Testing
import TalonCore
@testable import TalonStore

@Suite("Day text")
struct DayTextTests {
    @Test("DayText writes what BusinessDay writes", arguments: [
        BusinessDay(year: 2026, month: 11, day: 21), BusinessDay(year: 2027, month: 1, day: 3),
        BusinessDay(year: 999, month: 12, day: 31),
    ])
    func sameAsBusinessDay(day: BusinessDay) {
        #expect(DayText.iso(day) == day.description)
        #expect(DayText.compact(day) == day.compact)
        #expect(DayText.padded(7, 3) == "007" && DayText.padded(1234, 3) == "1234")
    }
}
