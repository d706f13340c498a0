/// Writes evemu's text format, readable by `evemu-play` and ``EvemuReader``.
public enum EvemuWriter {
    /// The description block: `N:`, `I:`, `P:`, `B:` and `A:` lines.
    public static func description(_ caps: DeviceCapabilities) -> String {
        var out = "# EVEMU 1.3\n# Written by talon devices record\n"
        out += "N: \(caps.name)\n"
        let id = caps.identity
        out += "I: \([id.bustype, id.vendor, id.product, id.version].map(DeviceIdentity.hex4).joined(separator: " "))\n"
        out += lines("P:", prefix: [], bytes: bitmask(caps.properties, size: 8))
        var types: Set<UInt16> = [EV.syn]
        for (type, codes) in caps.codes where !codes.isEmpty { types.insert(type) }
        out += lines("B:", prefix: [0], bytes: bitmask(types, size: 8))
        for type in types.sorted() where type != 0 {
            let size = type == EV.key ? 96 : 8
            out += lines("B:", prefix: [UInt8(type)], bytes: bitmask(caps.codes[type] ?? [], size: size))
        }
        for (code, info) in caps.absInfo.sorted(by: { $0.key < $1.key }) {
            out += "A: \(hex2(code)) \(info.minimum) \(info.maximum) \(info.fuzz) \(info.flat) \(info.resolution)\n"
        }
        return out
    }

    /// One `E:` line, with the names as a comment.
    public static func event(_ e: InputEvent) -> String {
        let names = "\(EventNames.type(e.type)) / \(EventNames.code(type: e.type, code: e.code))"
        return "E: \(e.time) \(hex4(e.type)) \(hex4(e.code)) \(e.value)\t# \(names)\n"
    }

    static func bitmask(_ set: Set<UInt16>, size: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        for bit in set where Int(bit) / 8 < size { bytes[Int(bit) / 8] |= 1 << (bit % 8) }
        return bytes
    }

    static func lines(_ tag: String, prefix: [UInt8], bytes: [UInt8]) -> String {
        stride(from: 0, to: bytes.count, by: 8).map { start in
            let chunk = prefix + bytes[start..<min(start + 8, bytes.count)]
            return tag + " " + chunk.map { hex2(UInt16($0)) }.joined(separator: " ") + "\n"
        }.joined()
    }

    static func hex2(_ v: UInt16) -> String { let s = String(v, radix: 16); return s.count < 2 ? "0" + s : s }
    static func hex4(_ v: UInt16) -> String { DeviceIdentity.hex4(v) }
}
