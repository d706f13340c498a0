import Foundation
import TalonCore

extension SeededGenerator {
    /// An exponential variate with the given mean.
    mutating func exponential(mean: Double) -> Double {
        -mean * log(unit())
    }

    /// A standard normal variate (Box–Muller).
    mutating func normal() -> Double {
        sqrt(-2 * log(unit())) * cos(2 * Double.pi * unit())
    }

    /// A lognormal variate with the given mean and σ of the underlying normal: real
    /// handling times are closer to lognormal than exponential (domain.md).
    mutating func lognormal(mean: Double, sigma: Double) -> Double {
        guard sigma > 0 else { return mean }
        let mu = log(mean) - sigma * sigma / 2
        return exp(mu + sigma * normal())
    }

    /// An index drawn with the given weights.
    mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }

    /// A rating press: mostly happy, as in real halls.
    mutating func smiley() -> Int {
        [4, 3, 2, 1][pick(weights: [0.62, 0.25, 0.08, 0.05])]
    }
}
