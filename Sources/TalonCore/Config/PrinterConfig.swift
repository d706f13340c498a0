/// A ticket printer: a CUPS queue and its ESC/POS profile. (Owned by the printing work;
/// this is the shape the YAML `printers:` section becomes.)
public struct PrinterConfig: Sendable, Codable, Hashable {
    public var id: DeviceID

    public init(id: DeviceID) {
        self.id = id
    }
}
