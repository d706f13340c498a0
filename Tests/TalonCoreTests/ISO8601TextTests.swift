import Foundation
import Testing
import TalonCore

@Suite struct ISO8601TextTests {
    @Test func writesWhatFoundationsFormatterWrites() {
        let formatter = ISO8601DateFormatter()
        var rng = SeededGenerator(seed: 7)
        var dates: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.5), Date(timeIntervalSince1970: -86_400),
            Date(timeIntervalSince1970: 951_782_400),        // 2000-02-29, a leap day of a 400-year
            Date(timeIntervalSince1970: 4_107_456_000),      // 2100-03-01, after a non-leap February
            Date(timeIntervalSince1970: 1_795_507_213.999),  // a fraction just under the next second
        ]
        for _ in 0..<2_000 {
            dates.append(Date(timeIntervalSince1970: (rng.unit() - 0.2) * 5_000_000_000))
            // Just under a whole second, where the millisecond rounding decides.
            let whole = (rng.unit() * 2_000_000_000).rounded(.down)
            for fraction in [0.9994, 0.99949, 0.9995, 0.99951, 0.9998, 0.4995] {
                dates.append(Date(timeIntervalSince1970: whole + fraction))
            }
        }
        for date in dates {
            #expect(ISO8601Text.utc(date) == formatter.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }
}
