import CEvdevInterposer
import Foundation
public import TalonInput

/// A recorded device made real for libevdev: a pipe whose read end the ioctl
/// interposer answers for with the recording's description, and whose write end takes
/// events the way the kernel would deliver them (keeping the kernel state that
/// EVIOCGKEY / EVIOCGABS / EVIOCGMTSLOTS report after SYN_DROPPED).
public final class FakeEvdevDevice {
    public let handle: Int32
    public let readFD: Int32
    public private(set) var writeFD: Int32
    private var readTaken = false

    /// A pipe device (the reader adopts `readFD`).
    public init(_ caps: DeviceCapabilities) {
        handle = talon_ip_device_new()
        precondition(handle >= 0, "interposer is out of fake devices")
        var fds: [Int32] = [0, 0]
        precondition(talon_ip_pipe(&fds) == 0)
        readFD = fds[0]
        writeFD = fds[1]
        talon_ip_bind_fd(handle, readFD)
        Self.describe(handle, caps)
    }

    /// Describes an fd someone else owns (the benchmark's pipe).
    public init(_ caps: DeviceCapabilities, adopting fd: Int32) {
        handle = talon_ip_device_new()
        precondition(handle >= 0, "interposer is out of fake devices")
        readFD = -1
        writeFD = -1
        talon_ip_bind_fd(handle, fd)
        Self.describe(handle, caps)
    }

    /// A FIFO at `path` (for discovery: the daemon opens it by path).
    public init(_ caps: DeviceCapabilities, fifo path: String) {
        handle = talon_ip_device_new()
        precondition(handle >= 0, "interposer is out of fake devices")
        readFD = -1
        writeFD = -1
        // Described before the node exists: the daemon may open it the moment it appears.
        talon_ip_bind_path(handle, path)
        Self.describe(handle, caps)
        precondition(mkfifo(path, 0o600) == 0, "mkfifo \(path): \(errno)")
    }

    deinit {
        if writeFD >= 0 { close(writeFD) }
        talon_ip_unbind(handle)
    }

    /// Opens the FIFO's write end (after the daemon opened its read end).
    public func openWriter(path: String) {
        writeFD = Glibc.open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        precondition(writeFD >= 0, "open writer \(path): \(errno)")
    }

    /// Opens the FIFO's write end once someone has its read end open; false until then.
    public func tryOpenWriter(path: String) -> Bool {
        let fd = Glibc.open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        writeFD = fd
        return true
    }

    /// The libevdev-backed device on the pipe's read end (once).
    public func open() throws -> EvdevDevice {
        precondition(!readTaken && readFD >= 0)
        readTaken = true
        return try EvdevDevice(adopting: readFD, path: "pipe:fake-\(handle)")
    }

    /// Writes events into the pipe and applies them to the kernel state.
    public func send(_ events: [InputEvent]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(events.count * 24)
        for e in events {
            talon_ip_apply(handle, e.type, e.code, e.value)
            Self.append(e, to: &bytes)
        }
        writeAll(bytes)
    }

    /// The kernel's buffer overflowed: these events change the device's state but are
    /// never delivered; the reader gets SYN_DROPPED instead.
    public func drop(_ lost: [InputEvent], at time: EventTime) {
        for e in lost { talon_ip_apply(handle, e.type, e.code, e.value) }
        var bytes: [UInt8] = []
        Self.append(InputEvent(time: time, type: EV.syn, code: SYN.dropped, value: 0), to: &bytes)
        writeAll(bytes)
    }

    /// Raw bytes into the pipe (garbage tests).
    public func writeAll(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(writeFD, $0.baseAddress, $0.count) }
            precondition(n > 0, "pipe full or closed (\(errno))")
            offset += n
        }
    }

    /// The writer goes away: POLLHUP on the reader, as a pipe's unplug.
    public func closeWriter() {
        if writeFD >= 0 { close(writeFD) }
        writeFD = -1
    }

    public func count(_ nr: Int32) -> Int32 { talon_ip_count(handle, nr) }
    public var mtSlotQueries: Int32 { count(talon_ip_nr_mtslots()) }
    public var keyQueries: Int32 { count(talon_ip_nr_key()) }
    public var grabbed: Bool { talon_ip_grabbed(handle) != 0 }

    public static func append(_ e: InputEvent, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: e.time.seconds.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: Int64(e.time.microseconds).littleEndian) { bytes += $0 }
        withUnsafeBytes(of: e.type.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: e.code.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: e.value.littleEndian) { bytes += $0 }
    }

    private static func describe(_ h: Int32, _ caps: DeviceCapabilities) {
        talon_ip_set_name(h, caps.name)
        if let phys = caps.phys { talon_ip_set_phys(h, phys) }
        let id = caps.identity
        talon_ip_set_id(h, id.bustype, id.vendor, id.product, id.version)
        for p in caps.properties { talon_ip_set_prop(h, p) }
        for (type, codes) in caps.codes {
            for code in codes where type != EV.abs { talon_ip_enable(h, type, code) }
        }
        for (code, a) in caps.absInfo {
            talon_ip_set_absinfo(h, code, a.value, a.minimum, a.maximum, a.fuzz, a.flat, a.resolution)
        }
    }
}
