/// A single-byte code page a thermal printer prints Cyrillic in.
///
/// The tables are written out here rather than taken from iconv: a kiosk must print the
/// same bytes on every machine, and iconv's tables and availability differ by libc.
/// Characters a page lacks are replaced by a close ASCII stand-in (`«` → `"`) or `?`.
public enum CyrillicCodePage: String, Sendable, Codable, Hashable, CaseIterable {
    /// IBM/MS-DOS code page 866 («альтернативная кодировка»).
    case cp866
    /// Windows code page 1251 (Epson calls it WPC1251).
    case wpc1251

    /// Encodes `text` in this code page.
    public func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            bytes.append(contentsOf: encode(scalar))
        }
        return bytes
    }

    /// Decodes bytes of this code page (for previews and tests).
    public func decode(_ bytes: [UInt8]) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                text.append(Unicode.Scalar(byte))
            } else if let scalar = Self.upperHalf(self)[Int(byte) - 0x80] {
                text.append(scalar)
            } else {
                text.append("?")
            }
        }
        return String(text)
    }

    func encode(_ scalar: Unicode.Scalar) -> [UInt8] {
        let value = scalar.value
        if value < 0x80 { return [UInt8(value)] }
        if let byte = Self.reverse(self)[value] { return [byte] }
        if let fallback = Self.fallbacks[value] { return Array(fallback.utf8) }
        return [UInt8(ascii: "?")]
    }

    /// Upper half (0x80…0xFF) of each page; `nil` where a byte is undefined here.
    static func upperHalf(_ page: CyrillicCodePage) -> [Unicode.Scalar?] {
        switch page {
        case .cp866: cp866Upper
        case .wpc1251: cp1251Upper
        }
    }

    static func reverse(_ page: CyrillicCodePage) -> [UInt32: UInt8] {
        switch page {
        case .cp866: cp866Reverse
        case .wpc1251: cp1251Reverse
        }
    }

    private static let cp866Reverse = makeReverse(cp866Upper)
    private static let cp1251Reverse = makeReverse(cp1251Upper)

    private static func makeReverse(_ upper: [Unicode.Scalar?]) -> [UInt32: UInt8] {
        var map: [UInt32: UInt8] = [:]
        for (index, scalar) in upper.enumerated() {
            if let scalar, map[scalar.value] == nil { map[scalar.value] = UInt8(0x80 + index) }
        }
        return map
    }

    /// Stand-ins for characters neither page has, or one of them lacks.
    static let fallbacks: [UInt32: String] = [
        0x00AB: "\"", 0x00BB: "\"", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"",
        0x2018: "'", 0x2019: "'", 0x2013: "-", 0x2014: "-", 0x2212: "-",
        0x2116: "N", 0x2026: "...", 0x00A0: " ", 0x2009: " ", 0x202F: " ",
        0x00D7: "x", 0x2022: "*", 0x00B7: ".", 0x2192: "->",
    ]
}
