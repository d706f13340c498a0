import Foundation
import TalonCore

/// Values that only device items have: evdev codes, USB ids, screen sizes.
enum DeviceFields {
    /// `match:` as read (errors recorded); `nil` after an error in any field.
    static func match(_ map: ConfigMap) -> InputDeviceMatch? {
        let before = map.node.diagnostics.count
        var match = InputDeviceMatch()
        match.name = map.optional("name")?.nonEmptyString()
        match.vendor = map.optional("vendor")?.usbID()
        match.product = map.optional("product")?.usbID()
        match.phys = map.optional("phys")?.nonEmptyString()
        if let node = map.optional("link"), let link = node.nonEmptyString() {
            if link.hasPrefix("/dev/input/by-id/") || link.hasPrefix("/dev/input/by-path/") {
                match.link = link
            } else {
                node.report(.invalidValue, "a link is /dev/input/by-id/… or /dev/input/by-path/…, "
                            + "found \(node.found); `ls -l /dev/input/by-id` lists them")
            }
        }
        return map.node.diagnostics.count == before ? match : nil
    }

    /// Entries of a map whose keys are evdev key codes (`BTN_0: 1`), with each value
    /// read by `value`; a bad code or a code given twice is reported at its key.
    static func codeMap<Value>(_ node: ConfigNode, value: (ConfigNode) -> Value?) -> [UInt16: Value]? {
        guard let map = node.map() else { return nil }
        if map.entries.isEmpty { node.report(.invalidValue, "give at least one key code, such as «BTN_0: …»") }
        let before = node.diagnostics.count
        var result: [UInt16: Value] = [:]
        var seen = UniqueCheck<UInt16, String>()
        for entry in map.entries {
            let keyNode = ConfigNode.key(entry, of: map)
            guard let code = keyCode(entry.key, at: keyNode) else { continue }
            guard seen.claim(code, by: entry.key, at: keyNode, message: { "the same code as «\($0)»" }) else { continue }
            if let v = value(entry.value) { result[code] = v }
        }
        return node.diagnostics.count == before ? result : nil
    }

    /// `BTN_0`, `KEY_ENTER`, `0x100` or `256` as a key code, or `nil` after an error.
    static func keyCode(_ text: String, at node: ConfigNode) -> UInt16? {
        if let n = number(text), n <= 0x2ff { return UInt16(n) }
        if let code = EvdevCodeNames.keys[text.uppercased()] { return code }
        var message = "unknown key code \(ConfigNode.quote(text))"
        if let guess = Suggestion.closest(to: text.uppercased(), among: Array(EvdevCodeNames.keys.keys)) {
            message += "; did you mean «\(guess)»?"
        } else {
            message += "; write an evdev name such as BTN_0 or KEY_ENTER (see `talon devices`), or a number up to 0x2ff"
        }
        node.report(.invalidValue, message)
        return nil
    }

    /// `ABS_Z`, `0x02` or `2` as an absolute axis, or `nil` after an error.
    static func axis(_ node: ConfigNode) -> UInt16? {
        guard let text = node.string() else { return nil }
        if let n = number(text), n <= 0x3f { return UInt16(n) }
        if let code = EvdevCodeNames.axes[text.uppercased()] { return code }
        var message = "unknown axis \(node.found)"
        if let guess = Suggestion.closest(to: text.uppercased(), among: Array(EvdevCodeNames.axes.keys)) {
            message += "; did you mean «\(guess)»?"
        } else {
            message += "; write an evdev name such as ABS_X or ABS_MT_POSITION_X, or a number up to 0x3f"
        }
        node.report(.invalidValue, message)
        return nil
    }

    /// `123` or `0x7b`.
    static func number(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("0x") { return Int(t.dropFirst(2), radix: 16) }
        return Int(t)
    }

    /// libinput's six-number calibration matrix.
    static func calibration(_ node: ConfigNode) -> [Double]? {
        guard let items = node.list() else { return nil }
        let values = items.compactMap { $0.double() }
        guard values.count == items.count else { return nil }
        guard values.count == 6 else {
            node.report(.invalidValue, "a calibration matrix has 6 numbers, libinput's 2×3 matrix [a, b, c, d, e, f]; "
                        + "found \(values.count); the identity is [1, 0, 0, 0, 1, 0]")
            return nil
        }
        return values
    }

    /// `1080x1920` or `{width: 1080, height: 1920}`.
    static func screen(_ node: ConfigNode) -> ScreenSize? {
        if case .text(let text) = node.kind {
            let parts = text.lowercased().split(separator: "x").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if parts.count == 2, let w = parts[0], let h = parts[1], (1...16384).contains(w), (1...16384).contains(h) {
                return ScreenSize(width: w, height: h)
            }
            node.report(.invalidValue, "a screen size is WIDTHxHEIGHT in pixels, such as «1080x1920», found \(node.found)")
            return nil
        }
        guard let map = node.map(allowedKeys: ["width", "height"]) else { return nil }
        guard let w = map.int("width", in: 1...16384), let h = map.int("height", in: 1...16384) else { return nil }
        return ScreenSize(width: w, height: h)
    }
}

extension ConfigNode {
    /// A USB vendor or product id, always hexadecimal as `lsusb` and udev show it:
    /// `0x047f`, `047f` or `c013`.
    func usbID() -> UInt16? {
        guard let text = string() else { return nil }
        let t = text.lowercased()
        let digits = t.hasPrefix("0x") ? t.dropFirst(2) : Substring(t)
        guard (1...4).contains(digits.count), let value = UInt16(digits, radix: 16) else {
            report(.invalidValue, "a USB id is up to 4 hex digits as `lsusb` shows it, such as «0x047f», found \(found)")
            return nil
        }
        return value
    }
}
