/// Median and 99th percentile of a set of durations, in milliseconds.
public struct Percentiles: Sendable, Hashable, CustomStringConvertible {
    public var p50: Double
    public var p99: Double
    public var count: Int

    /// Nearest-rank percentiles of `samples`.
    public init(_ samples: [Duration]) {
        let ms = samples.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
        func rank(_ p: Double) -> Double {
            guard !ms.isEmpty else { return .nan }
            let index = min(ms.count - 1, max(0, Int((p * Double(ms.count)).rounded(.up)) - 1))
            return ms[index]
        }
        p50 = rank(0.50)
        p99 = rank(0.99)
        count = ms.count
    }

    public var description: String {
        func f(_ x: Double) -> String { String(Double(Int(x * 10)) / 10) }
        return "p50 \(f(p50)) ms, p99 \(f(p99)) ms (n=\(count))"
    }
}
