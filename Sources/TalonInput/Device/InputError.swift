/// Something went wrong with an input device, a recording or an input configuration.
///
/// A struct around a code, so codes can be added without breaking callers; the message
/// says what happened, to what, and what to do.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: Sendable, Hashable {
        case openFailed
        case permissionDenied
        case notAnEvdevDevice
        case grabFailed
        case deviceGone
        case readFailed
        case notATouchDevice
        case missingAxis
        case badRecording
        case badRole
        case watchFailed
    }

    public let code: Code
    /// A message a person can act on.
    public let message: String
    /// The errno behind it, when there is one.
    public let errno: Int32?
    public let fileID: String
    public let line: Int

    init(_ code: Code, _ message: String, errno: Int32? = nil, fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.errno = errno
        self.fileID = fileID
        self.line = line
    }

    public var description: String { message }

    public static func == (lhs: InputError, rhs: InputError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.errno == rhs.errno
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    static func permissionDenied(path: String, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.permissionDenied,
                   "cannot open \(path): permission denied; install hardware/udev/70-talon-input.rules "
                   + "(udevadm control --reload && udevadm trigger) and add the daemon's user to group "
                   + "`talon` (or `input`)", errno: 13, fileID: fileID, line: line)
    }

    static func openFailed(path: String, errno: Int32, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.openFailed, "cannot open \(path): \(Errno.describe(errno))", errno: errno,
                   fileID: fileID, line: line)
    }

    static func notEvdev(path: String, errno: Int32, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.notAnEvdevDevice, "\(path) is not an evdev device (\(Errno.describe(errno)))",
                   errno: errno, fileID: fileID, line: line)
    }

    static func grabFailed(path: String, errno: Int32, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.grabFailed, "cannot grab \(path) (\(Errno.describe(errno))): another program holds it; "
                   + "stop it (a desktop session, evtest) or set `grab: false` for this device",
                   errno: errno, fileID: fileID, line: line)
    }

    static func gone(path: String, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.deviceGone, "\(path) is gone (unplugged)", fileID: fileID, line: line)
    }

    static func readFailed(path: String, errno: Int32, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.readFailed, "reading \(path) failed: \(Errno.describe(errno))", errno: errno,
                   fileID: fileID, line: line)
    }

    static func notATouchDevice(_ name: String, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.notATouchDevice, "“\(name)” has no touch axes (no ABS_MT_SLOT, ABS_MT_POSITION_X or BTN_TOUCH); "
                   + "it cannot be a touchscreen", fileID: fileID, line: line)
    }

    static func missingAxis(device: String, x: UInt16, y: UInt16, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.missingAxis, "“\(device)” does not send \(EventNames.code(type: EV.abs, code: x)) and "
                   + "\(EventNames.code(type: EV.abs, code: y)); fix the touchscreen's `axes:` (see `talon devices`)",
                   fileID: fileID, line: line)
    }

    static func badRecording(_ what: String, line recordingLine: Int? = nil, fileID: String = #fileID, line: Int = #line) -> InputError {
        let at = recordingLine.map { "line \($0): " } ?? ""
        return InputError(.badRecording, "\(at)\(what)", fileID: fileID, line: line)
    }

    static func badRole(_ what: String, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.badRole, what, fileID: fileID, line: line)
    }

    static func watchFailed(path: String, errno: Int32, fileID: String = #fileID, line: Int = #line) -> InputError {
        InputError(.watchFailed, "cannot watch \(path) for devices: \(Errno.describe(errno)); hot-plug is off, "
                   + "devices are rescanned every few seconds", errno: errno, fileID: fileID, line: line)
    }
}
