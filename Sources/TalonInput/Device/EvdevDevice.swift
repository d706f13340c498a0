import CEvdev

/// An open evdev device: the one type that owns a libevdev handle and its file
/// descriptor (`deinit` ungrabs, frees and closes). Nothing else in Talon touches
/// libevdev.
///
/// Not `Sendable`: one reader owns it (the input service's poll thread, or a test).
/// See <https://www.freedesktop.org/software/libevdev/doc/latest/> for the calls used.
public final class EvdevDevice {
    /// The node it was opened from (`/dev/input/event5`), for messages.
    public let path: String
    /// What the device says it is and can send.
    public let capabilities: DeviceCapabilities
    /// True after a successful ``grab()``.
    public private(set) var isGrabbed = false
    /// SYN_DROPPED recoveries done through libevdev's sync read.
    public private(set) var syncs = 0
    /// Reads that returned bytes not making whole events (a broken stream).
    public private(set) var garbageReads = 0

    private let fd: Int32
    private let handle: OpaquePointer
    private var syncing = false

    /// Opens `path` read-only and non-blocking and reads its capabilities.
    public static func open(path: String) throws(InputError) -> EvdevDevice {
        try DeviceOpener.system.open(path: path)
    }

    /// Takes over an already open, non-blocking descriptor (closed on deinit).
    public init(adopting fd: Int32, path: String) throws(InputError) {
        talon_evdev_quiet()
        var handle: OpaquePointer?
        let rc = libevdev_new_from_fd(fd, &handle)
        guard rc == 0, let handle else {
            close(fd)
            throw .notEvdev(path: path, errno: -rc)
        }
        self.fd = fd
        self.path = path
        self.handle = handle
        self.capabilities = Self.readCapabilities(handle)
    }

    deinit {
        if isGrabbed { _ = talon_evdev_grab(handle, 0) }
        libevdev_free(handle)
        close(fd)
    }

    /// The descriptor to poll for readability.
    public var fileDescriptor: Int32 { fd }

    /// Takes the device exclusively (EVIOCGRAB) so nothing else acts on its events.
    public func grab() throws(InputError) {
        let rc = talon_evdev_grab(handle, 1)
        guard rc == 0 else { throw .grabFailed(path: path, errno: -rc) }
        isGrabbed = true
    }

    /// What a read found at the end.
    public enum ReadEnd: Sendable, Hashable {
        /// Everything available was read.
        case drained
        /// More may be waiting (the batch limit was reached).
        case more
        /// The device is gone (ENODEV).
        case gone
    }

    /// Reads what is available (up to `limit` events) into `events`. After SYN_DROPPED
    /// it reads libevdev's sync events (LIBEVDEV_READ_FLAG_SYNC): the device's current
    /// state as deltas, ended by a SYN_REPORT, so decoders resynchronise.
    public func read(into events: inout [InputEvent], limit: Int = 4096) throws(InputError) -> ReadEnd {
        var raw = input_event()
        var count = 0
        var invalid = 0
        while count < limit {
            let flags = syncing ? talon_read_flag_sync() : talon_read_flag_normal()
            let rc = libevdev_next_event(handle, flags, &raw)
            if rc == talon_read_status_success() || rc == talon_read_status_sync() {
                if rc == talon_read_status_sync() && !syncing {
                    syncing = true
                    syncs += 1
                }
                events.append(InputEvent(
                    time: EventTime(seconds: Int64(talon_event_sec(&raw)), microseconds: Int32(talon_event_usec(&raw))),
                    type: raw.type, code: raw.code, value: raw.value))
                count += 1
                continue
            }
            switch -rc {
            case EAGAIN:
                if syncing { syncing = false; continue }
                return .drained
            case ENODEV:
                return .gone
            case EINVAL:
                // A read that was not a whole number of events: a broken stream. libevdev
                // consumed the bytes; keep going, but never forever.
                garbageReads += 1
                invalid += 1
                if invalid > 64 { return .drained }
            case EINTR:
                continue
            default:
                throw .readFailed(path: path, errno: -rc)
            }
        }
        return .more
    }

    private static func readCapabilities(_ h: OpaquePointer) -> DeviceCapabilities {
        func string(_ p: UnsafePointer<CChar>?) -> String? { p.map { String(cString: $0) } }
        let identity = DeviceIdentity(
            bustype: UInt16(truncatingIfNeeded: libevdev_get_id_bustype(h)),
            vendor: UInt16(truncatingIfNeeded: libevdev_get_id_vendor(h)),
            product: UInt16(truncatingIfNeeded: libevdev_get_id_product(h)),
            version: UInt16(truncatingIfNeeded: libevdev_get_id_version(h)))
        var properties: Set<UInt16> = []
        for prop in 0..<UInt32(0x20) where libevdev_has_property(h, prop) != 0 {
            properties.insert(UInt16(prop))
        }
        var codes: [UInt16: Set<UInt16>] = [:]
        var absInfo: [UInt16: AbsInfo] = [:]
        for type in 1...UInt32(EV.max) where libevdev_has_event_type(h, type) != 0 {
            let max = libevdev_event_type_get_max(type)
            guard max >= 0 else { continue }
            var set: Set<UInt16> = []
            for code in 0...UInt32(max) where libevdev_has_event_code(h, type, code) != 0 {
                set.insert(UInt16(code))
                if type == UInt32(EV.abs), let info = libevdev_get_abs_info(h, code) {
                    absInfo[UInt16(code)] = AbsInfo(
                        value: info.pointee.value, minimum: info.pointee.minimum, maximum: info.pointee.maximum,
                        fuzz: info.pointee.fuzz, flat: info.pointee.flat, resolution: info.pointee.resolution)
                }
            }
            codes[UInt16(type)] = set
        }
        return DeviceCapabilities(
            name: string(libevdev_get_name(h)) ?? "", identity: identity,
            phys: string(libevdev_get_phys(h)), uniq: string(libevdev_get_uniq(h)),
            properties: properties, codes: codes, absInfo: absInfo)
    }
}
