/// An absolute axis's range and resolution (`struct input_absinfo`).
public struct AbsInfo: Sendable, Hashable {
    public var value: Int32
    public var minimum: Int32
    public var maximum: Int32
    public var fuzz: Int32
    public var flat: Int32
    public var resolution: Int32

    public init(value: Int32 = 0, minimum: Int32, maximum: Int32, fuzz: Int32 = 0,
                flat: Int32 = 0, resolution: Int32 = 0) {
        self.value = value
        self.minimum = minimum
        self.maximum = maximum
        self.fuzz = fuzz
        self.flat = flat
        self.resolution = resolution
    }

    /// `minimum...maximum`, or `0...1` for a broken range.
    public var range: ClosedRange<Int32> { minimum <= maximum ? minimum...maximum : 0...1 }
}

/// Bus, vendor, product and version (`struct input_id`).
public struct DeviceIdentity: Sendable, Hashable {
    public var bustype: UInt16
    public var vendor: UInt16
    public var product: UInt16
    public var version: UInt16

    public init(bustype: UInt16, vendor: UInt16, product: UInt16, version: UInt16) {
        self.bustype = bustype
        self.vendor = vendor
        self.product = product
        self.version = version
    }

    /// `047f:c013`.
    public var vendorProduct: String { Self.hex4(vendor) + ":" + Self.hex4(product) }

    static func hex4(_ v: UInt16) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

/// What a device says it is and can send: from libevdev for a live device, from the
/// description of a recording otherwise.
public struct DeviceCapabilities: Sendable, Hashable {
    public var name: String
    public var identity: DeviceIdentity
    public var phys: String?
    public var uniq: String?
    /// Input properties (INPUT_PROP_DIRECT…).
    public var properties: Set<UInt16>
    /// Event type → the codes it can send.
    public var codes: [UInt16: Set<UInt16>]
    /// ABS code → range.
    public var absInfo: [UInt16: AbsInfo]

    public init(name: String, identity: DeviceIdentity, phys: String? = nil, uniq: String? = nil,
                properties: Set<UInt16> = [], codes: [UInt16: Set<UInt16>] = [:],
                absInfo: [UInt16: AbsInfo] = [:]) {
        self.name = name
        self.identity = identity
        self.phys = phys
        self.uniq = uniq
        self.properties = properties
        self.codes = codes
        self.absInfo = absInfo
    }

    public func has(type: UInt16) -> Bool { !(codes[type]?.isEmpty ?? true) || type == EV.syn }
    public func has(type: UInt16, code: UInt16) -> Bool { codes[type]?.contains(code) ?? false }

    /// The touch protocol the device speaks, if it is a touch device at all.
    public var touchProtocol: TouchProtocol? {
        if has(type: EV.abs, code: ABS.mtSlot) { return .multitouchB }
        if has(type: EV.abs, code: ABS.mtPositionX) { return .multitouchA }
        if has(type: EV.key, code: KEY.btnTouch) { return .singleTouch }
        return nil
    }

    /// A short, human description: `touchscreen (MT-B, 10 slots)`, `keys (4)`.
    public var summary: String {
        var parts: [String] = []
        if let proto = touchProtocol {
            let slots = absInfo[ABS.mtSlot].map { ", \(Int($0.maximum) + 1) slots" } ?? ""
            parts.append("touch (\(proto.rawValue)\(slots))")
        }
        let keys = (codes[EV.key] ?? []).subtracting([KEY.btnTouch])
        if !keys.isEmpty { parts.append("keys (\(keys.count))") }
        let axes = (codes[EV.abs] ?? []).count
        if axes > 0 { parts.append("abs axes (\(axes))") }
        return parts.isEmpty ? "no keys or axes" : parts.joined(separator: ", ")
    }
}

/// How a touch device reports fingers.
public enum TouchProtocol: String, Sendable, Hashable {
    /// Slots and tracking ids (ABS_MT_SLOT).
    case multitouchB = "MT-B"
    /// Anonymous contacts separated by SYN_MT_REPORT.
    case multitouchA = "MT-A"
    /// BTN_TOUCH and two absolute axes.
    case singleTouch = "single"
}
