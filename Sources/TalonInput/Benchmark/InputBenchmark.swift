import CEvdev
import TalonCore
import Foundation
import Synchronization

/// `talon bench input`: how long from an event's kernel timestamp to the engine
/// command, and what a touchscreen streaming 1,000 events a second costs.
///
/// A writer thread stamps events with CLOCK_REALTIME (the clock evdev uses) and writes
/// them into a pipe in the kernel's `struct input_event` layout; a reader thread polls,
/// reads, decodes and yields to an async consumer, which is where the input service
/// submits to the engine: the latency ends there and leaves the engine's commit out.
/// Without a device, events are read with plain `read()` (the evdev ABI); pass `open`
/// to read through libevdev instead (tests do, with the ioctl interposer).
public enum InputBenchmark {
    /// The figures one run measured.
    public struct Result: Sendable, CustomStringConvertible {
        public var commands: Int
        public var latencyP50Microseconds: Double
        public var latencyP99Microseconds: Double
        public var latencyMaxMicroseconds: Double
        public var touchEventsPerSecond: Double
        /// Process CPU time over wall time while the touchscreen streamed, in % of one core.
        public var touchCPUPercent: Double
        public var throughLibevdev: Bool

        public var description: String {
            let path = throughLibevdev ? "libevdev" : "raw read()"
            return String(format: "input (%@): %d commands, event→command p50 %.0f µs, p99 %.0f µs, max %.0f µs; "
                          + "touchscreen at %.0f events/s: %.2f%% of one core",
                          path, commands, latencyP50Microseconds, latencyP99Microseconds, latencyMaxMicroseconds,
                          touchEventsPerSecond, touchCPUPercent)
        }
    }

    /// Runs both measurements for `seconds` each.
    /// - Parameter open: makes a libevdev device from the pipe's read end and the
    ///   description of the benchmark's device; nil reads raw events.
    public static func run(seconds: Double = 3,
                           open: ((Int32, DeviceCapabilities) throws -> EvdevDevice)? = nil) async throws -> Result {
        let panel = DeviceCapabilities(name: "bench rating panel",
                                       identity: DeviceIdentity(bustype: 3, vendor: 0x047f, product: 0xc013, version: 1),
                                       codes: [EV.key: Set((0x100...0x103).map(UInt16.init)), EV.msc: [4]])
        let role = InputDeviceRole.ratingPanel(RatingPanelRole(window: "1", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4], debounce: 0))
        let latency = try await stream(seconds: seconds, caps: panel, role: role, open: open) { i in
            let code = UInt16(0x100 + i % 4)
            return [(EV.key, code, 1), (EV.syn, SYN.report, 0), (EV.key, code, 0), (EV.syn, SYN.report, 0)]
        }
        let touch = DeviceCapabilities(
            name: "bench touchscreen", identity: DeviceIdentity(bustype: 0x18, vendor: 0, product: 0, version: 0),
            properties: [INPUT_PROP.direct],
            codes: [EV.key: [KEY.btnTouch], EV.abs: [ABS.x, ABS.y, ABS.mtSlot, ABS.mtPositionX, ABS.mtPositionY, ABS.mtTrackingID]],
            absInfo: [ABS.x: AbsInfo(minimum: 0, maximum: 4095), ABS.y: AbsInfo(minimum: 0, maximum: 4095),
                      ABS.mtSlot: AbsInfo(minimum: 0, maximum: 9), ABS.mtPositionX: AbsInfo(minimum: 0, maximum: 4095),
                      ABS.mtPositionY: AbsInfo(minimum: 0, maximum: 4095), ABS.mtTrackingID: AbsInfo(minimum: 0, maximum: 65535)])
        let drag = try await stream(seconds: seconds, caps: touch, role: .touchscreen(TouchscreenRole(kiosk: "bench")),
                                    open: open) { i in
            // A finger that lands, drags for 50 frames and lifts: 4 events a frame.
            let frame = i % 52
            if frame == 0 { return [(EV.abs, ABS.mtTrackingID, Int32(i)), (EV.abs, ABS.mtPositionX, 100), (EV.key, KEY.btnTouch, 1), (EV.syn, SYN.report, 0)] }
            if frame == 51 { return [(EV.abs, ABS.mtTrackingID, -1), (EV.key, KEY.btnTouch, 0), (EV.abs, ABS.mtPositionY, 0), (EV.syn, SYN.report, 0)] }
            return [(EV.abs, ABS.mtPositionX, Int32(100 + frame * 50)), (EV.abs, ABS.mtPositionY, Int32(100 + frame * 30)),
                    (EV.abs, ABS.x, Int32(100 + frame * 50)), (EV.syn, SYN.report, 0)]
        }
        let q = Quantiles(latency.latencies)
        return Result(commands: q.count, latencyP50Microseconds: q.p50 ?? 0, latencyP99Microseconds: q.p99 ?? 0,
                      latencyMaxMicroseconds: q.sorted.last ?? 0, touchEventsPerSecond: drag.eventsPerSecond,
                      touchCPUPercent: drag.cpuPercent, throughLibevdev: open != nil)
    }

    private struct StreamResult { var latencies: [Double]; var eventsPerSecond: Double; var cpuPercent: Double }

    /// Streams 250 frames a second of 4 events each (1,000 events a second).
    private static func stream(seconds: Double, caps: DeviceCapabilities, role: InputDeviceRole,
                               open: ((Int32, DeviceCapabilities) throws -> EvdevDevice)?,
                               frame: @escaping @Sendable (Int) -> [(UInt16, UInt16, Int32)]) async throws -> StreamResult {
        var fds: [Int32] = [0, 0]
        guard talon_pipe(&fds) == 0 else { throw InputError.readFailed(path: "pipe", errno: errno) }
        let readFD = fds[0], writeFD = fds[1]
        let device = try open?(readFD, caps)
        let decoder = try InputDecoder(device: "bench", role: role, capabilities: device?.capabilities ?? caps)
        let (outputs, continuation) = AsyncStream<InputOutput>.makeStream()
        let stop = StopFlag()
        let frames = Int(seconds * 250)
        let cpuStart = talon_process_cpu_usec(), wallStart = talon_realtime_usec()
        let writer = Thread {
            let start = talon_realtime_usec()
            for i in 0..<frames {
                let due = start + Int64(i) * 4_000
                while talon_realtime_usec() < due { usleep(UInt32(max(50, min(1_000, due - talon_realtime_usec())))) }
                for (type, code, value) in frame(i) {
                    // A full pipe (a reader starved on a loaded machine) is waited out, never dropped.
                    while talon_write_event_now(writeFD, type, code, value) == -EAGAIN { usleep(200) }
                }
            }
            usleep(20_000)
            stop.set()
        }
        // The reader owns the device and decoder; it is the only code touching them.
        let reader = ReaderBox(device: device, decoder: decoder, fd: readFD)
        let readerThread = Thread {
            var events = 0
            while !stop.isSet {
                var pfd = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, 10) > 0 else { continue }
                for e in reader.readAll() {
                    events += 1
                    for o in reader.decoder.feed(e) { continuation.yield(o) }
                }
            }
            // The writer wrote everything before it set `stop`: read what is left.
            for e in reader.readAll() {
                for o in reader.decoder.feed(e) { continuation.yield(o) }
            }
            continuation.finish()
        }
        writer.start()
        readerThread.start()
        var latencies: [Double] = []
        for await output in outputs {
            if case .command(let envelope) = output, let t = eventTime(of: envelope) {
                latencies.append(Double(talon_realtime_usec() - t.totalMicroseconds))
            }
        }
        let cpu = Double(talon_process_cpu_usec() - cpuStart), wall = Double(talon_realtime_usec() - wallStart)
        close(writeFD)
        if device == nil { close(readFD) }
        return StreamResult(latencies: latencies, eventsPerSecond: Double(frames * 4) / (wall / 1_000_000),
                            cpuPercent: cpu / wall * 100)
    }

    /// The event time inside an input command id (`input:<dev>:<sec>.<usec>:<code>`).
    static func eventTime(of envelope: CommandEnvelope) -> EventTime? {
        let parts = envelope.id.rawValue.split(separator: ":")
        guard parts.count == 4 else { return nil }
        return EvemuReader.parseTime(parts[2])
    }
}

/// The benchmark reader's state. `@unchecked Sendable`: it is created before the reader
/// thread starts and touched only by that thread afterwards.
private final class ReaderBox: @unchecked Sendable {
    let device: EvdevDevice?
    var decoder: InputDecoder
    let fd: Int32

    init(device: EvdevDevice?, decoder: InputDecoder, fd: Int32) {
        self.device = device
        self.decoder = decoder
        self.fd = fd
    }

    func readAll() -> [InputEvent] {
        var events: [InputEvent] = []
        if let device {
            while (try? device.read(into: &events)) == .more {}
            return events
        }
        var type: UInt16 = 0, code: UInt16 = 0, value: Int32 = 0, sec = 0, usec = 0
        while talon_read_raw_event(fd, &type, &code, &value, &sec, &usec) == 1 {
            events.append(InputEvent(time: EventTime(seconds: Int64(sec), microseconds: Int32(usec)),
                                     type: type, code: code, value: value))
        }
        return events
    }
}
