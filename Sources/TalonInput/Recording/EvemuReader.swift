import Foundation

/// Reads evemu's text format: `N:` name, `I:` ids (hex), `P:` property bytes, `B:` type
/// and bitmask bytes, `A:` absinfo, `E: sec.usec type code value` (type and code hex,
/// value decimal). `#` starts a comment.
public enum EvemuReader {
    public static func parse(_ text: String) throws(InputError) -> Recording {
        var name: String?
        var identity = DeviceIdentity(bustype: 0, vendor: 0, product: 0, version: 0)
        var propBytes: [UInt8] = []
        var bitBytes: [UInt16: [UInt8]] = [:]
        var absInfo: [UInt16: AbsInfo] = [:]
        var events: [InputEvent] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map(String.init) ?? ""
            guard line.count >= 2 else { continue }
            let tag = line.prefix(2)
            let body = line.dropFirst(2)
            let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            switch tag {
            case "N:":
                // The name keeps its inner spaces; a comment can't be in a name line anyway.
                name = rawLine.dropFirst(2).trimmingCharacters(in: .whitespacesAndNewlines)
            case "I:":
                let v = fields.compactMap { UInt16($0, radix: 16) }
                guard v.count == 4 else { throw .badRecording("`I:` needs bus vendor product version in hex", line: lineNumber) }
                identity = DeviceIdentity(bustype: v[0], vendor: v[1], product: v[2], version: v[3])
            case "P:":
                propBytes += fields.compactMap { UInt8($0, radix: 16) }
            case "B:":
                let v = fields.compactMap { UInt8($0, radix: 16) }
                guard v.count == fields.count, let type = v.first else {
                    throw .badRecording("`B:` needs a type and bitmask bytes in hex", line: lineNumber)
                }
                bitBytes[UInt16(type), default: []] += v.dropFirst()
            case "A:":
                guard fields.count >= 5, let code = UInt16(fields[0], radix: 16),
                      let mn = Int32(fields[1]), let mx = Int32(fields[2]),
                      let fuzz = Int32(fields[3]), let flat = Int32(fields[4]) else {
                    throw .badRecording("`A:` needs code (hex) min max fuzz flat [resolution]", line: lineNumber)
                }
                let res = fields.count > 5 ? Int32(fields[5]) ?? 0 : 0
                absInfo[code] = AbsInfo(minimum: mn, maximum: mx, fuzz: fuzz, flat: flat, resolution: res)
            case "E:":
                guard fields.count >= 4, let time = parseTime(fields[0]),
                      let type = UInt16(fields[1], radix: 16), let code = UInt16(fields[2], radix: 16),
                      let value = Int32(fields[3]) else {
                    throw .badRecording("`E:` needs sec.usec type code value", line: lineNumber)
                }
                events.append(InputEvent(time: time, type: type, code: code, value: value))
            default:
                continue
            }
        }
        guard let name else { return Recording(capabilities: nil, events: events) }
        var codes: [UInt16: Set<UInt16>] = [:]
        let typeMask = bitBytes[0] ?? []
        for (type, bytes) in bitBytes where type != 0 {
            guard Self.bit(typeMask, Int(type)) || typeMask.isEmpty else { continue }
            var set: Set<UInt16> = []
            for (i, byte) in bytes.enumerated() where byte != 0 {
                for b in 0..<8 where byte & (1 << b) != 0 { set.insert(UInt16(i * 8 + b)) }
            }
            if !set.isEmpty { codes[type] = set }
        }
        var props: Set<UInt16> = []
        for (i, byte) in propBytes.enumerated() {
            for b in 0..<8 where byte & (1 << b) != 0 { props.insert(UInt16(i * 8 + b)) }
        }
        // An axis with absinfo but missing from the bitmask still exists.
        if !absInfo.isEmpty { codes[EV.abs, default: []].formUnion(absInfo.keys) }
        for code in codes[EV.abs] ?? [] where absInfo[code] == nil {
            absInfo[code] = AbsInfo(minimum: 0, maximum: 0)
        }
        let caps = DeviceCapabilities(name: name, identity: identity, properties: props,
                                      codes: codes, absInfo: absInfo)
        return Recording(capabilities: caps, events: events)
    }

    static func bit(_ bytes: [UInt8], _ n: Int) -> Bool {
        n / 8 < bytes.count && bytes[n / 8] & (1 << (n % 8)) != 0
    }

    /// `12.050000` → 12 s 50000 µs. The microseconds are a decimal integer.
    static func parseTime(_ text: Substring) -> EventTime? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let s = Int64(parts[0]), let us = Int32(parts[1]),
              (0..<1_000_000).contains(us) else { return nil }
        return EventTime(seconds: s, microseconds: us)
    }
}
