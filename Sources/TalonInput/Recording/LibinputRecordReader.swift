import Foundation

/// Reads the part of `libinput record`'s YAML that replay needs, without a YAML
/// library: the first device's `name`, `id`, `codes`, `absinfo`, `properties`, and its
/// events (`- [sec, usec, type, code, value]` lines under `events:`). Other keys
/// (`hid`, `udev`, `quirks`, libinput's own events) are skipped.
public enum LibinputRecordReader {
    static func looksLikeLibinputRecord(_ text: String) -> Bool {
        text.contains("ndevices:") || (text.contains("devices:") && text.contains("evdev:"))
    }

    public static func parse(_ text: String) throws(InputError) -> Recording {
        enum Block { case none, codes, absinfo }
        var name: String?
        var identity = DeviceIdentity(bustype: 0, vendor: 0, product: 0, version: 0)
        var codes: [UInt16: Set<UInt16>] = [:]
        var absInfo: [UInt16: AbsInfo] = [:]
        var props: Set<UInt16> = []
        var events: [InputEvent] = []
        var block = Block.none
        var blockIndent = 0
        var devicesSeen = 0
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let noComment = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let line = noComment.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let indent = noComment.prefix { $0 == " " }.count
            if line.hasPrefix("- node:") { devicesSeen += 1 }
            if devicesSeen > 1 { break }  // only the first device
            if block != .none && indent <= blockIndent { block = .none }
            if line.hasPrefix("name:") {
                name = unquote(line.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
            } else if line.hasPrefix("id:") {
                let v = numbers(line.dropFirst(3))
                if v.count == 4 {
                    identity = DeviceIdentity(bustype: UInt16(truncatingIfNeeded: v[0]), vendor: UInt16(truncatingIfNeeded: v[1]),
                                              product: UInt16(truncatingIfNeeded: v[2]), version: UInt16(truncatingIfNeeded: v[3]))
                }
            } else if line == "codes:" {
                block = .codes; blockIndent = indent
            } else if line == "absinfo:" {
                block = .absinfo; blockIndent = indent
            } else if line.hasPrefix("properties:"), line.contains("[") {
                props = Set(numbers(line.dropFirst(11)).map { UInt16(truncatingIfNeeded: $0) })
            } else if block != .none, let colon = line.firstIndex(of: ":"), let key = UInt16(line[..<colon]) {
                let v = numbers(line[line.index(after: colon)...])
                if block == .codes {
                    codes[key] = Set(v.map { UInt16(truncatingIfNeeded: $0) })
                } else if v.count >= 5 {
                    absInfo[key] = AbsInfo(minimum: Int32(truncatingIfNeeded: v[0]), maximum: Int32(truncatingIfNeeded: v[1]),
                                           fuzz: Int32(truncatingIfNeeded: v[2]), flat: Int32(truncatingIfNeeded: v[3]),
                                           resolution: Int32(truncatingIfNeeded: v[4]))
                }
            } else if line.hasPrefix("- ["), line.hasSuffix("]") {
                let v = numbers(line.dropFirst(1))
                guard v.count == 5 else { throw .badRecording("an event needs [sec, usec, type, code, value]", line: lineNumber) }
                events.append(InputEvent(time: EventTime(seconds: v[0], microseconds: Int32(truncatingIfNeeded: v[1])),
                                         type: UInt16(truncatingIfNeeded: v[2]), code: UInt16(truncatingIfNeeded: v[3]),
                                         value: Int32(truncatingIfNeeded: v[4])))
            }
        }
        guard let name else { return Recording(capabilities: nil, events: events) }
        for code in codes[EV.abs] ?? [] where absInfo[code] == nil { absInfo[code] = AbsInfo(minimum: 0, maximum: 0) }
        return Recording(capabilities: DeviceCapabilities(name: name, identity: identity, properties: props,
                                                          codes: codes, absInfo: absInfo),
                         events: events)
    }

    static func numbers(_ text: Substring) -> [Int64] {
        text.split(whereSeparator: { !($0.isNumber || $0 == "-") }).compactMap { Int64($0) }
    }

    static func unquote(_ s: String) -> String {
        if s.count >= 2, s.first == "\"" || s.first == "'", s.last == s.first { return String(s.dropFirst().dropLast()) }
        return s
    }
}
