import Foundation
public import TalonCore

/// A discrete-event simulation of a hall that drives the real engine and a real journal
/// on a virtual clock that jumps from one event to the next: the visitors and
/// consultants of ``SimulatedHall``, day after day. The same seed gives the same run.
public struct Simulation: Sendable {
    public var config: HallConfig
    public var days: Int
    public var seed: UInt64
    /// The first simulated business day (a fixed date, so runs do not depend on today).
    public var firstDay: BusinessDay

    public init(config: HallConfig, days: Int, seed: UInt64,
                firstDay: BusinessDay = BusinessDay(year: 2026, month: 11, day: 23)) {
        self.config = config
        self.days = days
        self.seed = seed
        self.firstDay = firstDay
    }

    /// Runs the simulation against `journal`, returning what happened.
    public func run(journal: any Journal) async throws -> SimulationReport {
        guard let calendar = BusinessCalendar(center: config.center) else {
            throw HallError(.conflict, "unknown time zone \(config.center.timeZone)")
        }
        let clock = VirtualClock(calendar.instant(on: firstDay, minuteOfDay: calendar.startHour * 60))
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        var hall = SimulatedHall(engine: engine, clock: clock, calendar: calendar, seed: seed,
                                 commandPrefix: "sim-\(seed)")
        for offset in 0..<days {
            try await hall.runDay(calendar.shifted(firstDay, by: offset))
        }
        await engine.snapshot()
        return hall.recorder.report(seed: seed, days: days)
    }
}
