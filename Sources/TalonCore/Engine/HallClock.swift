public import Foundation

/// Where the engine reads the time. Injected, so tests and the simulation run on a
/// virtual clock and replay is deterministic.
public protocol HallClock: Sendable {
    func now() -> Date
}

/// The wall clock.
public struct SystemClock: HallClock {
    public init() {}
    public func now() -> Date { Date() }
}
