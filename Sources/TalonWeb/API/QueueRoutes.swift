import Foundation
import Hummingbird
import TalonCore

/// `GET /api/v1/queue` and `GET /api/v1/displays/{id}`.
extension WebHall {
    func addQueueRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.get("queue") { _, context in
            try context.require(.read)
            return try json(await queueView())
        }

        api.get("displays/:display") { _, context in
            try context.require(.read)
            let id = DeviceID(try context.parameters.require("display"))
            guard let d = config.displays.first(where: { $0.id == id }) else {
                throw Problem.notFound("display «\(id)» is not in the hall configuration", code: "unknown_display")
            }
            return try json(DisplayView(d, config: config))
        }
    }

    /// One read of the engine's state; the estimates are worked out here, off the engine,
    /// so the many displays that refresh after each call do not hold up its commands, and
    /// they match the state they are shown with.
    func queueView() async -> QueueView {
        let state = await engine.current
        let now = clock.now()
        return QueueView.make(state: state, estimates: engine.estimator.estimates(in: state, now: now),
                              config: config, now: now, clockSpeed: options.clockSpeed)
    }
}

/// A display's configuration without its token.
struct DisplayView: Codable {
    var id: String
    var kind: String
    var window: String?
    var windowNumber: Int?
    var orientation: String
    init(_ d: DisplayConfig, config: HallConfig) {
        id = d.id.rawValue
        kind = d.kind.rawValue
        window = d.window?.rawValue
        windowNumber = d.window.flatMap { config.window($0)?.number }
        orientation = d.orientation.rawValue
    }
}
