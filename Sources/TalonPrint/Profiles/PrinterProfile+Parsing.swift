import Foundation

extension PrinterProfile {
    /// Reads a profile file: flat `key: value` lines, `#` comments.
    ///
    /// The format is deliberately a flat subset of YAML, so TalonPrint needs no YAML
    /// library and every profile reads like the vendor's spec sheet:
    /// ```
    /// display_name: Epson TM-T20III
    /// paper_width_mm: 80
    /// cp866: 17
    /// cut: "1D 56 42 00"
    /// ```
    public init(id: String, parsing text: String, source: String) throws(PrintError) {
        var fields: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.stripComment(String(rawLine)).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw PrintError(.invalidProfile,
                                 "\(source):\(index + 1): expected `key: value`; fix the printer profile")
            }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespacesAndNewlines)
            var value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespacesAndNewlines)
            if value.count >= 2, value.first == "\"", value.last == "\"" {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        func string(_ key: String) throws(PrintError) -> String {
            guard let value = fields[key], !value.isEmpty else {
                throw PrintError(.invalidProfile, "\(source): `\(key)` is missing; add it to the printer profile")
            }
            return value
        }
        func int(_ key: String, _ range: ClosedRange<Int>) throws(PrintError) -> Int {
            let text = try string(key)
            guard let value = Int(text), range.contains(value) else {
                throw PrintError(.invalidProfile,
                                 "\(source): `\(key): \(text)` must be a whole number in \(range.lowerBound)…\(range.upperBound)")
            }
            return value
        }
        func bool(_ key: String) throws(PrintError) -> Bool {
            switch try string(key) {
            case "true", "yes": return true
            case "false", "no": return false
            case let other:
                throw PrintError(.invalidProfile, "\(source): `\(key): \(other)` must be true or false")
            }
        }
        var numbers: [CyrillicCodePage: UInt8] = [:]
        for page in CyrillicCodePage.allCases where fields[page.rawValue] != nil {
            numbers[page] = UInt8(try int(page.rawValue, 0...255))
        }
        let pageName = try string("code_page")
        guard let page = CyrillicCodePage(rawValue: pageName), numbers[page] != nil else {
            throw PrintError(.invalidProfile,
                             "\(source): `code_page: \(pageName)` must be cp866 or wpc1251 and have its number given")
        }
        let cutText = fields["cut"] ?? ""
        var cut: [UInt8] = []
        for part in cutText.split(separator: " ") {
            guard let byte = UInt8(part, radix: 16) else {
                throw PrintError(.invalidProfile, "\(source): `cut: \(cutText)` must be hex bytes such as \"1D 56 42 00\"")
            }
            cut.append(byte)
        }
        self.init(id: id, displayName: try string("display_name"),
                  paperWidthMillimetres: try int("paper_width_mm", 40...120),
                  dotsPerLine: try int("dots_per_line", 200...1000),
                  charactersPerLine: try int("chars_per_line", 16...80),
                  maxCharacterScale: try int("max_char_scale", 1...8),
                  codePage: page, codePageNumbers: numbers,
                  nativeQR: try bool("native_qr"),
                  qrModuleSize: try int("qr_module_size", 1...16),
                  cut: cut, feedBeforeCut: try int("feed_before_cut", 0...20))
    }

    private static func stripComment(_ line: String) -> String {
        var inQuotes = false
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if character == "\"" { inQuotes.toggle() }
            if character == "#", !inQuotes, previous == " " || previous == "\t" {
                return String(line[..<index])
            }
            previous = character
        }
        return line
    }
}
