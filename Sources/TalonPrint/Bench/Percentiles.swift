import TalonCore

/// Median and 99th percentile of a set of durations, in milliseconds.
public struct Percentiles: Sendable, Hashable, CustomStringConvertible {
    public var p50: Double
    public var p99: Double
    public var count: Int

    /// Nearest-rank percentiles of `samples`.
    public init(_ samples: [Duration]) {
        let ms = Quantiles(samples.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 })
        p50 = ms.p50 ?? .nan
        p99 = ms.p99 ?? .nan
        count = ms.count
    }

    public var description: String {
        func f(_ x: Double) -> String { String(Double(Int(x * 10)) / 10) }
        return "p50 \(f(p50)) ms, p99 \(f(p99)) ms (n=\(count))"
    }
}
