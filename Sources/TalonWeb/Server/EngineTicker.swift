import Foundation
import Logging
import ServiceLifecycle
import TalonCore

/// Lets hall time pass: submits `.tick` every few seconds (no-show time-outs, the new
/// business day), with the id `tick:<hall epoch seconds>` so a tick is journaled once.
/// On graceful shutdown it saves a snapshot, so the next start replays little.
struct EngineTicker: Service {
    let engine: HallEngine
    let clock: any HallClock
    let interval: Duration
    let logger: Logger

    init(engine: HallEngine, clock: any HallClock, interval: Duration, logger: Logger) {
        self.engine = engine
        self.clock = clock
        self.interval = interval
        self.logger = logger
    }

    var description: String { "EngineTicker" }

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                break
            }
            let id = CommandID("tick:\(Int(clock.now().timeIntervalSince1970))")
            do {
                _ = try await engine.submit(.tick, id: id)
            } catch {
                logger.warning("tick failed", metadata: ["error": "\(error)"])
            }
        }
        await engine.snapshot()
        logger.info("engine snapshot saved on shutdown")
    }
}
