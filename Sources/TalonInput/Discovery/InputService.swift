public import TalonCore
import Foundation
import Synchronization

/// Reads the hall's input devices and hands what they mean to the engine.
///
/// `run()` starts one thread that polls the devices and the device directory (inotify
/// hot-plug), and forwards commands to the ``InputCommandSink`` and taps to ``taps``.
/// It returns when its task is cancelled. The executable wraps it in a
/// swift-service-lifecycle `Service`.
public final class InputService: Sendable {
    /// Taps for the kiosk screen.
    public let taps: AsyncStream<Tap>
    /// Notes for logs (partial scans, keys without a meaning, SYN_DROPPED).
    public let notes: AsyncStream<InputNote>
    /// A short name for service-lifecycle.
    public let description = "input"

    private let configs: [InputDeviceConfig]
    private let deviceDirectory: String
    private let opener: DeviceOpener
    private let sink: any InputCommandSink
    private let tapContinuation: AsyncStream<Tap>.Continuation
    private let noteContinuation: AsyncStream<InputNote>.Continuation

    /// - Parameters:
    ///   - devices: the hall's configured input devices.
    ///   - deviceDirectory: where `event*` nodes live; tests point it at a folder of FIFOs.
    ///   - sink: where commands go (the engine).
    ///   - opener: how device nodes are opened; tests inject failures (no permission).
    public init(devices: [InputDeviceConfig], deviceDirectory: String = "/dev/input",
                sink: any InputCommandSink, opener: DeviceOpener = .system) {
        self.configs = devices
        self.deviceDirectory = deviceDirectory
        self.opener = opener
        self.sink = sink
        (taps, tapContinuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(256))
        (notes, noteContinuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(256))
    }

    /// Polls devices until the task is cancelled.
    ///
    /// Taps and notes go from the poll thread straight into their streams. Commands cross
    /// to this task through an unbounded stream and are submitted one after another: the
    /// poll thread never waits (a blocked reader lets the kernel's buffer overflow into
    /// SYN_DROPPED), no press is dropped, and a window's presses reach the engine in the
    /// order they were made. A command waits for the one before it to be durable, which at
    /// the rate people press buttons costs little; taps never wait in that queue.
    public func run() async {
        let (commands, continuation) = AsyncStream<CommandEnvelope>.makeStream()
        let stop = StopFlag()
        let configs = self.configs, root = deviceDirectory, opener = self.opener
        let taps = tapContinuation, notes = noteContinuation
        let thread = Thread {
            let loop = InputLoop(configs: configs, deviceDirectory: root, opener: opener) { output in
                switch output {
                case .command(let envelope): continuation.yield(envelope)
                case .tap(let tap): taps.yield(tap)
                case .note(let note): notes.yield(note)
                }
            }
            loop.run { stop.isSet }
            continuation.finish()
        }
        thread.name = "talon.input"
        thread.start()
        await withTaskCancellationHandler {
            for await envelope in commands { await sink.submit(envelope) }
        } onCancel: {
            stop.set()
        }
        tapContinuation.finish()
        noteContinuation.finish()
    }
}

/// A flag the poll thread reads and a cancelling task sets.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isSet: Bool { flag.load(ordering: .acquiring) }
    func set() { flag.store(true, ordering: .releasing) }
}
