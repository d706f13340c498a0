public import Hummingbird
import Logging
public import ServiceLifecycle
import NIOCore
import UnixSignals

/// `talon serve`: the HTTP server and the parts beside it, in one `ServiceGroup` that
/// shuts down gracefully on SIGTERM and SIGINT.
///
/// Shutdown runs in reverse order: the event hub ends every SSE stream, the HTTP server
/// finishes its requests, extra services (the demo's simulated consultants) stop, and
/// the engine ticker saves a snapshot last.
public struct HallServer: Sendable {
    public let hall: WebHall

    public init(hall: WebHall) { self.hall = hall }

    /// The Hummingbird application on `host:port` (port 0 picks a free one; `onRunning`
    /// gets the port actually bound).
    public func application(host: String, port: Int,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> Application<RouterResponder<TalonRequestContext>> {
        Application(router: hall.router(),
                    configuration: .init(address: .hostname(host, port: port), serverName: "talon"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                    logger: hall.logger)
    }

    /// The engine ticker, `extra`, the Hummingbird application and the hall's own services,
    /// in the order a `ServiceGroup` starts them (it stops them in reverse).
    public func services(host: String, port: Int, alongside extra: [any Service] = [],
                         onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> [any Service] {
        let ticker = EngineTicker(engine: hall.engine, clock: hall.clock, interval: hall.options.tick,
                                  logger: hall.logger)
        return [ticker] + extra + [application(host: host, port: port, onRunning: onRunning)] + hall.services
    }

    /// Runs until SIGTERM or SIGINT.
    public func run(host: String, port: Int, alongside extra: [any Service] = [],
                    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let services = services(host: host, port: port, alongside: extra, onRunning: onRunning)
        let group = ServiceGroup(configuration: .init(
            services: services.map { .init(service: $0) },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: hall.logger))
        try await group.run()
    }
}
