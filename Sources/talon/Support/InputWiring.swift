import Logging
import ServiceLifecycle
import TalonCore
import TalonInput

/// Connects input to the hall engine for `talon serve`.
///
/// ```swift
/// let input = InputWiring.service(devices: config.devices, engine: engine, logger: logger)
/// try await HallServer(hall: web).run(host: host, port: port, alongside: [input])
/// ```
///
/// With no devices configured, or none plugged in, the service only reports them
/// missing and keeps watching `/dev/input`; the hall runs as before.
enum InputWiring {
    /// The input service for `devices`, submitting to `engine`.
    static func service(devices: [InputDeviceConfig], engine: HallEngine, deviceDirectory: String = "/dev/input",
                        logger: Logger) -> InputLifecycleService {
        InputLifecycleService(InputService(devices: devices, deviceDirectory: deviceDirectory,
                                           sink: InputEngineSink(engine: engine, logger: logger)),
                              logger: logger)
    }
}

/// Hands input commands to the engine. Command ids come from the device and the event
/// time, so a command submitted twice is answered once by the journal.
struct InputEngineSink: InputCommandSink {
    let engine: HallEngine
    let logger: Logger

    func submit(_ envelope: CommandEnvelope) async {
        do {
            _ = try await engine.submit(envelope)
        } catch {
            // Input goes on: a refused rating or call is the engine's answer, not a fault here.
            logger.warning("input command refused", metadata: [
                "talon.device.command": "\(envelope.id)", "talon.device.error": "\(error)",
            ])
        }
    }
}

/// ``InputService`` as a swift-service-lifecycle `Service`: it runs until the group
/// shuts down (graceful shutdown cancels it), and logs notes (partial scans, keys
/// without a meaning, SYN_DROPPED) under `talon.device`.
struct InputLifecycleService: Service, CustomStringConvertible {
    let input: InputService
    let logger: Logger

    init(_ input: InputService, logger: Logger) {
        self.input = input
        self.logger = logger
    }

    var description: String { input.description }

    func run() async throws {
        let notes = input.notes, logger = logger
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await note in notes {
                    logger.info("\(note.text)", metadata: ["talon.device": "\(note.device)"])
                }
            }
            await cancelWhenGracefulShutdown { await input.run() }
        }
    }
}
