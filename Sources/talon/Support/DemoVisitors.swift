import Foundation
import Logging
import ServiceLifecycle
import TalonCore
import TalonSim

/// The demo's simulated visitors and consultants, beside the server until it shuts down.
struct DemoVisitors: Service {
    let simulation: LiveSimulation
    let logger: Logger

    var description: String { "DemoVisitors" }

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                try await simulation.run { logger.info("demo: \($0)") }
            }
        } catch is CancellationError {
            // Ctrl-C or SIGTERM: the visitors stop with the hall; not an error.
        }
    }
}

/// When the demo day starts: the hall's opening today, or the next opening.
enum DemoDay {
    static func start(config: HallConfig) -> Date {
        guard let calendar = BusinessCalendar(center: config.center) else { return Date() }
        let now = Date()
        let today = calendar.businessDay(at: now)
        if let h = calendar.openingHours(on: today) {
            return calendar.instant(on: today, minuteOfDay: h.opensAt).addingTimeInterval(-60)
        }
        return (calendar.nextOpening(after: now) ?? now).addingTimeInterval(-60)
    }
}
