public import TalonCore

/// What the hall does because of input: a command for the engine, a tap for the kiosk
/// screen, or a note worth logging (a partial scan thrown away, a key with no meaning).
public enum InputOutput: Sendable, Hashable {
    case command(CommandEnvelope)
    case tap(Tap)
    case note(InputNote)
}

/// Something input did that changes nothing in the hall, kept for logs and `talon replay`.
public struct InputNote: Sendable, Hashable, CustomStringConvertible {
    public var device: DeviceID
    public var time: EventTime
    public var text: String

    public init(device: DeviceID, time: EventTime, text: String) {
        self.device = device
        self.time = time
        self.text = text
    }

    public var description: String { "\(time) \(device): \(text)" }
}
