import Foundation
import Testing
import TalonCore

@Suite struct ZeroPaddedTests {
    @Test func padsToTheWidthAndNeverCuts() {
        #expect(7.zeroPadded(3) == "007")
        #expect(0.zeroPadded(2) == "00")
        #expect(999.zeroPadded(3) == "999")
        #expect(2026.zeroPadded(2) == "2026")
        #expect((-5).zeroPadded(3) == "-005")
    }

    @Test func writesWhatStringFormatWrites() {
        for n in [0, 1, 9, 10, 42, 99, 100, 998, 999, 1000, 12345] {
            for width in 1...5 {
                #expect(n.zeroPadded(width) == String(format: "%0\(width)d", n), "\(n), width \(width)")
            }
        }
    }
}
