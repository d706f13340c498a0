/// An evdev input device of the hall and the role it plays. (Owned by the input work;
/// this is the shape the YAML `devices:` section becomes.)
public struct InputDeviceConfig: Sendable, Codable, Hashable {
    public var id: DeviceID

    public init(id: DeviceID) {
        self.id = id
    }
}
