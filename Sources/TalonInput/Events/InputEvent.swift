/// One evdev event as the kernel delivers it: a timestamp, a type, a code and a value.
///
/// Decoders take these and nothing else, so they run the same on a live device, a
/// recording or a test's hand-written stream.
public struct InputEvent: Sendable, Hashable {
    public var time: EventTime
    public var type: UInt16
    public var code: UInt16
    public var value: Int32

    public init(time: EventTime, type: UInt16, code: UInt16, value: Int32) {
        self.time = time
        self.type = type
        self.code = code
        self.value = value
    }

    /// An event at `seconds` (for tests and recordings).
    public init(_ seconds: Double, _ type: UInt16, _ code: UInt16, _ value: Int32) {
        self.init(time: EventTime(seconds: seconds), type: type, code: code, value: value)
    }

    public var isSynReport: Bool { type == EV.syn && code == SYN.report }
}

/// An event's kernel timestamp: seconds and microseconds, as `struct timeval`.
public struct EventTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var seconds: Int64
    public var microseconds: Int32

    public init(seconds: Int64, microseconds: Int32) {
        self.seconds = seconds
        self.microseconds = microseconds
    }

    /// Rounds to the microsecond.
    public init(seconds value: Double) {
        let total = (value * 1_000_000).rounded()
        let usec = Int64(total)
        self.seconds = usec >= 0 ? usec / 1_000_000 : (usec - 999_999) / 1_000_000
        self.microseconds = Int32(usec - self.seconds * 1_000_000)
    }

    public var totalMicroseconds: Int64 { seconds * 1_000_000 + Int64(microseconds) }
    public var asSeconds: Double { Double(seconds) + Double(microseconds) / 1_000_000 }

    /// `sec.usec` with six digits of microseconds, as evemu writes it.
    public var description: String {
        let usec = String(microseconds)
        return "\(seconds).\(String(repeating: "0", count: max(0, 6 - usec.count)))\(usec)"
    }

    public static func < (lhs: EventTime, rhs: EventTime) -> Bool {
        lhs.totalMicroseconds < rhs.totalMicroseconds
    }

    /// Seconds from `self` to `later`.
    public func distance(to later: EventTime) -> Double {
        Double(later.totalMicroseconds - totalMicroseconds) / 1_000_000
    }
}
