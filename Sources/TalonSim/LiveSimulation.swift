import Foundation
public import TalonCore

/// The live demo's visitors and simulated consultants (``SimulatedHall``) on a running
/// engine whose ``VirtualClock`` runs faster than real time, day after day: the night
/// between two days is skipped. The windows that are not staffed are left to a person
/// at the console.
public struct LiveSimulation: Sendable {
    public let engine: HallEngine
    public let clock: VirtualClock
    public let seed: UInt64

    /// - Parameter clock: The engine's clock, at a speed above 0.
    public init(engine: HallEngine, clock: VirtualClock, seed: UInt64) {
        self.engine = engine
        self.clock = clock
        self.seed = seed
    }

    /// Runs until cancelled; `note` hears when a night passes and a day ends.
    public func run(note: (String) -> Void = { _ in }) async throws {
        guard let calendar = BusinessCalendar(center: engine.config.center) else { return }
        var hall = SimulatedHall(engine: engine, clock: clock, calendar: calendar, seed: seed,
                                 commandPrefix: "demo-\(seed)")
        while !Task.isCancelled {
            // Today if the hall is still to close today, else the next day it opens.
            let now = clock.now()
            var day = calendar.businessDay(at: now)
            if calendar.openingHours(on: day).map({ now >= calendar.instant(on: day, minuteOfDay: $0.closesAt) }) ?? true {
                guard let next = calendar.nextOpening(after: now) else { return }
                day = calendar.businessDay(at: next)
            }
            guard let hours = calendar.openingHours(on: day) else { return }
            let opens = calendar.instant(on: day, minuteOfDay: hours.opensAt)
            if opens > now {
                note("the night passes; the hall opens at \(opens)")
                clock.set(opens.addingTimeInterval(-60))
            }
            try await hall.runDay(day, from: clock.now())
            note("the day is over")
        }
    }
}
