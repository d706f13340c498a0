import Testing
import TalonCore

@Suite struct QuantilesTests {
    @Test func nearestRank() {
        let q = Quantiles((1...100).map(Double.init).shuffled())
        #expect(q.p50 == 50)
        #expect(q.value(0.9) == 90)
        #expect(q.p99 == 99)
        #expect(q.value(1) == 100)
        #expect(q.value(0) == 1)
        #expect(Quantiles([7]).p99 == 7)
        #expect(Quantiles([]).p50 == nil)
    }
}
