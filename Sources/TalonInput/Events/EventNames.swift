import Foundation

/// Human names for event types and the codes the tools print.
public enum EventNames {
    /// `EV_KEY`, `EV_ABS`… or the number.
    public static func type(_ type: UInt16) -> String {
        switch type {
        case EV.syn: "EV_SYN"
        case EV.key: "EV_KEY"
        case EV.rel: "EV_REL"
        case EV.abs: "EV_ABS"
        case EV.msc: "EV_MSC"
        case EV.sw: "EV_SW"
        case EV.led: "EV_LED"
        case EV.rep: "EV_REP"
        case 0x12: "EV_SND"
        case 0x15: "EV_FF"
        default: "EV_\(type)"
        }
    }

    /// `ABS_MT_SLOT`, `BTN_0`, `KEY_28`…
    public static func code(type: UInt16, code: UInt16) -> String {
        switch type {
        case EV.syn:
            return ["SYN_REPORT", "SYN_CONFIG", "SYN_MT_REPORT", "SYN_DROPPED"].element(at: Int(code)) ?? "SYN_\(code)"
        case EV.abs:
            return absNames[code] ?? "ABS_\(hex(code))"
        case EV.key:
            if let name = keyNames[code] { return name }
            if code >= 0x100 && code <= 0x109 { return "BTN_\(code - 0x100)" }
            return code >= 0x100 ? "BTN_\(hex(code))" : "KEY_\(code)"
        case EV.msc:
            return code == 4 ? "MSC_SCAN" : "MSC_\(code)"
        default:
            return "\(code)"
        }
    }

    static func hex(_ v: UInt16) -> String { "0x" + String(v, radix: 16) }

    static let absNames: [UInt16: String] = [
        0x00: "ABS_X", 0x01: "ABS_Y", 0x02: "ABS_Z", 0x03: "ABS_RX", 0x04: "ABS_RY",
        0x05: "ABS_RZ", 0x10: "ABS_HAT0X", 0x11: "ABS_HAT0Y", 0x18: "ABS_PRESSURE",
        0x2f: "ABS_MT_SLOT", 0x30: "ABS_MT_TOUCH_MAJOR", 0x31: "ABS_MT_TOUCH_MINOR",
        0x35: "ABS_MT_POSITION_X", 0x36: "ABS_MT_POSITION_Y", 0x37: "ABS_MT_TOOL_TYPE",
        0x39: "ABS_MT_TRACKING_ID", 0x3a: "ABS_MT_PRESSURE", 0x3b: "ABS_MT_DISTANCE",
    ]

    static let keyNames: [UInt16: String] = [
        1: "KEY_ESC", 15: "KEY_TAB", 28: "KEY_ENTER", 42: "KEY_LEFTSHIFT", 54: "KEY_RIGHTSHIFT",
        57: "KEY_SPACE", 58: "KEY_CAPSLOCK", 96: "KEY_KPENTER",
        0x110: "BTN_LEFT", 0x111: "BTN_RIGHT", 0x130: "BTN_SOUTH", 0x131: "BTN_EAST",
        0x133: "BTN_NORTH", 0x134: "BTN_WEST", 0x140: "BTN_TOOL_PEN", 0x14a: "BTN_TOUCH",
    ]

    /// Parses `BTN_0`, `KEY_ENTER`, `ABS_Z`, `0x100` or `256` into a code.
    public static func parseCode(_ text: String) -> UInt16? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.hasPrefix("0x") || t.hasPrefix("0X") { return UInt16(t.dropFirst(2), radix: 16) }
        if let n = UInt16(t) { return n }
        let upper = t.uppercased()
        if let hit = absNames.first(where: { $0.value == upper }) { return hit.key }
        if let hit = keyNames.first(where: { $0.value == upper }) { return hit.key }
        if upper.hasPrefix("BTN_"), let n = UInt16(upper.dropFirst(4)), n <= 9 { return 0x100 + n }
        if upper.hasPrefix("KEY_"), let n = UInt16(upper.dropFirst(4)) { return n }
        return libevdevCode(upper)
    }
}

extension Array {
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
