public import TalonCore

/// Command ids for input: `input:<device-id>:<sec>.<usec>:<code>`, so the same press
/// replayed (or read twice) is the same command and the journal issues it once.
public enum InputCommandID {
    /// The id of a command caused by `code` at kernel time `time` on `device`.
    public static func make(device: DeviceID, time: EventTime, code: UInt16) -> CommandID {
        CommandID("input:\(device.rawValue):\(time):\(code)")
    }

    /// The id of a device status report: one per device, condition and time seen.
    public static func status(device: DeviceID, condition: DeviceCondition, time: EventTime) -> CommandID {
        CommandID("input:\(device.rawValue):status:\(condition.rawValue):\(time)")
    }
}
