import Logging
import ServiceLifecycle
import TalonCore
import TalonInput
import TalonKiosk

/// Connects input to the hall engine for `talon serve`.
///
/// ```swift
/// let input = InputWiring.service(devices: config.devices, engine: engine, kiosks: kiosks, logger: logger)
/// try await HallServer(hall: web).run(host: host, port: port, alongside: [input])
/// ```
///
/// With no devices configured, or none plugged in, the service only reports them
/// missing and keeps watching `/dev/input`; the hall runs as before.
enum InputWiring {
    /// The input service for `devices`, submitting to `engine`; touchscreen taps go to
    /// `kiosks`, scaled from the panel's screen to the kiosk's.
    static func service(devices: [InputDeviceConfig], engine: HallEngine, kiosks: KioskHost,
                        logger: Logger) -> InputLifecycleService {
        let screens = TapScaling(devices: devices, kiosks: engine.config.kiosks)
        return InputLifecycleService(
            InputService(devices: devices, sink: InputEngineSink(engine: engine, logger: logger)),
            logger: logger,
            onTap: { tap in
                let (x, y) = screens.kioskPoint(tap)
                await kiosks.tap(kiosk: tap.kiosk, x: x, y: y)
            })
    }
}

/// A touchscreen reports taps in the pixels its role names (`screen: 1080x1920`); the
/// kiosk lays its frame out in its own. They are normally the same; if not, scale.
struct TapScaling: Sendable {
    private var factors: [DeviceID: (Double, Double)] = [:]

    init(devices: [InputDeviceConfig], kiosks: [KioskConfig]) {
        for device in devices {
            guard case .touchscreen(let role) = device.role,
                  let kiosk = kiosks.first(where: { $0.id == role.kiosk }) else { continue }
            factors[device.id] = (Double(kiosk.screen.width) / Double(max(role.screen.width, 1)),
                                  Double(kiosk.screen.height) / Double(max(role.screen.height, 1)))
        }
    }

    func kioskPoint(_ tap: Tap) -> (Double, Double) {
        let (fx, fy) = factors[tap.device] ?? (1, 1)
        return (tap.x * fx, tap.y * fy)
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
    let onTap: @Sendable (Tap) async -> Void

    init(_ input: InputService, logger: Logger, onTap: @escaping @Sendable (Tap) async -> Void) {
        self.input = input
        self.logger = logger
        self.onTap = onTap
    }

    var description: String { input.description }

    func run() async throws {
        let notes = input.notes, taps = input.taps, logger = logger, onTap = onTap
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await note in notes {
                    logger.info("\(note.text)", metadata: ["talon.device": "\(note.device)"])
                }
            }
            group.addTask {
                for await tap in taps { await onTap(tap) }
            }
            await cancelWhenGracefulShutdown { await input.run() }
        }
    }
}
