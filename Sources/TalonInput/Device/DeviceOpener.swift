import CEvdev

/// How the input service opens device nodes: `open(2)` by default.
///
/// Injectable so tests can reach the paths real hardware takes on a badly set up
/// machine — a node the daemon may not read (EACCES while running as root) — through
/// the same error mapping and libevdev set-up as a real open.
public struct DeviceOpener: Sendable {
    /// Opens a node read-only and non-blocking: a descriptor, or `-errno` as `open(2)` fails.
    let openDescriptor: @Sendable (String) -> Int32

    /// An opener whose descriptors come from `openDescriptor` (a descriptor, or `-errno`).
    public init(openDescriptor: @escaping @Sendable (String) -> Int32) {
        self.openDescriptor = openDescriptor
    }

    /// `open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)`.
    public static let system = DeviceOpener { talon_open_device($0) }

    /// Opens `path` as an evdev device; EACCES/EPERM become ``InputError/Code/permissionDenied``
    /// with the udev rule and group that fix it.
    public func open(path: String) throws(InputError) -> EvdevDevice {
        let fd = openDescriptor(path)
        if fd < 0 {
            if -fd == EACCES || -fd == EPERM { throw .permissionDenied(path: path) }
            throw .openFailed(path: path, errno: -fd)
        }
        return try EvdevDevice(adopting: fd, path: path)
    }
}
