/// Nearest-rank quantiles of a set of samples: the figures every benchmark and the
/// simulation report (p50, p90, p99), computed one way everywhere.
public struct Quantiles: Sendable {
    /// The samples, ascending.
    public let sorted: [Double]

    public init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    public var count: Int { sorted.count }

    /// The smallest sample with at least a share `p` (0…1) of the samples at or below it;
    /// `nil` without samples.
    public func value(_ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    public var p50: Double? { value(0.5) }
    public var p99: Double? { value(0.99) }
}
