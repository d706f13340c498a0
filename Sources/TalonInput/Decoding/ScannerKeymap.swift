import TalonCore

/// The US keyboard map a keyboard-wedge scanner types in: evdev code → (plain, shifted).
public enum ScannerKeymap {
    /// The characters for `code` in `layout`, or nil for a key that types nothing.
    public static func characters(for code: UInt16, layout: String) -> (plain: Character, shifted: Character)? {
        us[code]
    }

    /// Layouts this build knows.
    public static let layouts = Set(ScannerRole.layouts)

    /// True for letter keys, which CapsLock affects.
    public static func isLetter(_ code: UInt16) -> Bool {
        (16...25).contains(code) || (30...38).contains(code) || (44...50).contains(code)
    }

    static let us: [UInt16: (plain: Character, shifted: Character)] = {
        var map: [UInt16: (Character, Character)] = [:]
        func row(_ start: UInt16, _ plain: String, _ shifted: String) {
            for (i, (p, s)) in zip(plain, shifted).enumerated() { map[start + UInt16(i)] = (p, s) }
        }
        row(2, "1234567890-=", "!@#$%^&*()_+")
        row(16, "qwertyuiop[]", "QWERTYUIOP{}")
        row(30, "asdfghjkl;'`", "ASDFGHJKL:\"~")
        row(43, "\\zxcvbnm,./", "|ZXCVBNM<>?")
        map[57] = (" ", " ")
        row(71, "789", "789")
        row(75, "456", "456")
        row(79, "1230.", "1230.")
        map[55] = ("*", "*")
        map[74] = ("-", "-")
        map[78] = ("+", "+")
        map[98] = ("/", "/")
        return map.mapValues { (plain: $0.0, shifted: $0.1) }
    }()
}
