import Foundation
import ArgumentParser
import TalonConfig
import TalonCore
import TalonSim
import TalonStore

/// The demo hall as `bench print` and `bench kiosk` run it: one very fast visitor (no
/// kiosk rate limit), on a Monday at 10:00 in the hall's time zone whatever the
/// machine's clock says, the engine on a new fsync'd SQLite journal.
struct BenchHall {
    let engine: HallEngine
    let clock: VirtualClock
    private let journal: SQLiteJournal

    /// Starts the hall on a new journal at `db` (an old one there is removed first).
    ///
    /// - Parameter adjust: changes to the demo hall before the engine starts.
    static func start(db: String, adjust: (inout HallConfig) -> Void = { _ in }) async throws -> BenchHall {
        TempDatabase.remove(db)
        var config = try DemoHall.load()
        config.policy.kioskTicketsPerMinute = nil
        adjust(&config)
        guard let calendar = BusinessCalendar(center: config.center) else {
            throw ValidationError("the demo hall's time zone «\(config.center.timeZone)» is unknown")
        }
        let monday10 = calendar.instant(on: BusinessDay(year: 2026, month: 11, day: 23), minuteOfDay: 10 * 60)
        let clock = VirtualClock(monday10, speed: 1)
        let journal = try SQLiteJournal(path: db)
        do {
            let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
            return BenchHall(engine: engine, clock: clock, journal: journal)
        } catch {
            try? journal.close()
            throw error
        }
    }

    /// Closes the journal (the file stays until the caller removes it).
    func close() { try? journal.close() }
}
