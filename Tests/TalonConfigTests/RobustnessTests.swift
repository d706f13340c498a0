import Foundation
import Testing
@testable import TalonConfig
import TalonCore

/// Whatever the input, the loader ends in a valid hall or in readable errors: no crash,
/// no hang, no Swift internals in a message.
@Suite("Robustness")
struct RobustnessTests {
    /// Parses `data` and checks the outcome; returns whether it was valid.
    @discardableResult
    static func checkOutcome(_ data: Data, file: String = "fuzz.yaml",
                             sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        do {
            _ = try HallConfigLoader.parse(data: data, file: file)
            return true
        } catch {
            #expect(!error.errors.isEmpty, sourceLocation: sourceLocation)
            for problem in error.errors {
                checkReadable(problem, file: file, sourceLocation: sourceLocation)
            }
            return false
        }
    }

    static func checkReadable(_ problem: ConfigError, file: String, sourceLocation: SourceLocation) {
        let text = problem.description
        #expect(text.hasPrefix(file + ":"), "\(text)", sourceLocation: sourceLocation)
        #expect(!problem.message.isEmpty, sourceLocation: sourceLocation)
        #expect(problem.line.map { $0 >= 1 } ?? true, "\(text)", sourceLocation: sourceLocation)
        #expect(!text.contains("\n"), "\(text)", sourceLocation: sourceLocation)
        for leak in ["Swift", "Fatal", "fatal", "YamlError", "Optional(", "Error(", "Yams.", "Node."] {
            #expect(!text.contains(leak), "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test("random bytes", arguments: 0..<4)
    func randomBytes(seed: UInt64) {
        var random = SeededGenerator(seed: 0xB17E5 + seed)
        for _ in 0..<150 {
            let count = Int.random(in: 0...600, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            Self.checkOutcome(Data(bytes))
        }
    }

    @Test("random text made of YAML punctuation", arguments: 0..<4)
    func randomYAMLishText(seed: UInt64) {
        let alphabet = Array(" \n\n  :-[]{},#&*!|>'\"%@`?~\t0123456789.eE_abcxyz-ПЯё\u{0}\u{FEFF}\r\u{85}\u{2028}")
        var random = SeededGenerator(seed: 0x7E47 + seed)
        for _ in 0..<150 {
            let count = Int.random(in: 0...400, using: &random)
            let text = String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
            Self.checkOutcome(Data(text.utf8))
        }
    }

    @Test("random mutations of the demo hall", arguments: 0..<8)
    func mutations(seed: UInt64) {
        var random = SeededGenerator(seed: 0xDE40 + seed)
        var valid = 0
        for _ in 0..<60 {
            var text = DemoHall.yaml
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                text = Mutation.apply(to: text, using: &random)
            }
            if Self.checkOutcome(Data(text.utf8), file: "kiosk/demo/hall.yaml") { valid += 1 }
        }
        // Some mutations only touch comments or values that stay valid.
        #expect(valid < 60)
    }

    @Test("nesting deeper than libyaml allows, and just below it")
    func deepNesting() {
        Self.checkOutcome(Data(String(repeating: "[", count: 5000).utf8))
        Self.checkOutcome(Data(("center: " + String(repeating: "- ", count: 3000) + "x\n").utf8))
        let deep = String(repeating: "[", count: 990) + String(repeating: "]", count: 990)
        #expect(renderedErrors("center: \(deep)\n") .first?.hasPrefix("test.yaml:1: center: expected a map") == true)
    }

    @Test("an alias bomb is refused without expanding it")
    func aliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "center: *a9\n"
        #expect(renderedErrors(yaml) == [
            "test.yaml:1: the document expands to more than 200000 values through aliases (*name)",
        ])
    }

    @Test("a file larger than a megabyte")
    func hugeInput() {
        let yaml = "center:\n  id: " + String(repeating: "x", count: 1_100_000) + "\n"
        #expect(renderedErrors(yaml) == [
            "test.yaml: the file is 1074 KiB; a hall configuration is a few kilobytes — is this the right file?",
        ])
    }

    @Test("odd scalars in every place do not crash", arguments: [
        "~", "''", "\"\"", "null", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "+1", "-0", "1e309",
        "9223372036854775808", "-9223372036854775809", "true", "[]", "{}", "[[]]", "!!binary aGVsbG8=",
        "2026-01-01", "12:30", "\"\\u0000\"", "\"\\t\"", "\"\\uD800\"", "\"\\x80\"", "\"\\U0010FFFF\"",
        "\"\\U00110000\"", "Europe/../../etc/passwd", "/etc/localtime", "\"a\\0b\"", "*undefined", "&x y", "!custom z", "|\n    block", ">-\n    folded",
    ])
    func oddScalars(value: String) {
        let keys = ["id: test", "time_zone: Europe/Moscow", "prefix: П", "handling_minutes: 12", "number: 2",
                    "\"08:00-20:00\"", "passport, consultation"]
        for key in keys {
            let replacement = key.contains(":") && !key.hasPrefix("\"")
                ? key.split(separator: ":")[0] + ": " + value
                : value
            Self.checkOutcome(Data(smallHall(replacing: key, with: String(replacement)).utf8))
        }
    }
}

/// Small random edits of a YAML text.
enum Mutation {
    static let noise = Array(" :-[]{},#&*!|>'\"%@`?~\t\n0123456789abcЯП\u{0}\u{1F600}")
    static let values = ["-1", "0", "999999999999999999999", "abc", "~", "[]", "{a: b}", "\"\"", "1e500",
                         "Europe/Nowhere", "25:00-26:00", "2026-13-45", "ZZZZ", "w99", "*nope", "&a"]

    static func apply(to text: String, using random: inout SeededGenerator) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let i = Int.random(in: 0..<lines.count, using: &random)
        let j = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<9, using: &random) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: j)
        case 2: lines.swapAt(i, j)
        case 3:
            var characters = Array(lines[i])
            if !characters.isEmpty {
                characters[Int.random(in: 0..<characters.count, using: &random)] = noise.randomElement(using: &random)!
            }
            lines[i] = String(characters)
        case 4:
            var characters = Array(lines[i])
            let at = Int.random(in: 0...characters.count, using: &random)
            characters.insert(contentsOf: (0..<Int.random(in: 1...4, using: &random)).map { _ in
                noise.randomElement(using: &random)!
            }, at: at)
            lines[i] = String(characters)
        case 5:
            if let colon = lines[i].firstIndex(of: ":") {
                lines[i] = lines[i][...colon] + " " + values.randomElement(using: &random)!
            }
        case 6:
            let all = lines.joined(separator: "\n")
            return String(all.prefix(Int.random(in: 0...all.count, using: &random)))
        case 7: lines[i] = "  " + lines[i]
        default: lines[i] = String(lines[i].drop { $0 == " " })
        }
        return lines.joined(separator: "\n")
    }
}
