import Foundation
import Testing
@testable import TalonConfig
import TalonCore

/// Whatever the bytes, an import ends in rows or in readable `file:line: column: message`
/// errors: no crash, no hang, no Swift internals in a message.
@Suite("CSV import robustness")
struct ImportRobustnessTests {
    static let hall = try! DemoHall.load()

    static func check(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) {
        for kind in ImportKind.allCases {
            do {
                switch kind {
                case .appointments: _ = try AppointmentImport.parse(data: data, file: "fuzz.csv", hall: hall)
                case .notices: _ = try NoticeImport.parse(data: data, file: "fuzz.csv", hall: hall)
                }
            } catch {
                #expect(!error.errors.isEmpty, sourceLocation: sourceLocation)
                #expect(error.errors.count <= 101, sourceLocation: sourceLocation)
                for problem in error.errors {
                    RobustnessTests.checkReadable(problem, file: "fuzz.csv", sourceLocation: sourceLocation)
                    #expect(problem.message.contains(" / "), "Russian / English: \(problem)", sourceLocation: sourceLocation)
                }
            }
            do {
                _ = try ImportRows.parse(data: data, file: "fuzz.csv", kind: kind)
            } catch {
                for problem in error.errors {
                    RobustnessTests.checkReadable(problem, file: "fuzz.csv", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test("random bytes", arguments: 0..<4)
    func randomBytes(seed: UInt64) {
        var random = SeededGenerator(seed: 0xC5F + seed)
        for _ in 0..<150 {
            let count = Int.random(in: 0...600, using: &random)
            Self.check(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }))
        }
    }

    @Test("random text made of CSV punctuation after a valid header", arguments: 0..<4)
    func randomCSVishText(seed: UInt64) {
        let alphabet = Array(",,,;\"\"\n\n\r \t0123456789-:.TZ+passportissuereadyАБВ\u{0}\u{FEFF}\u{85}\u{2028}")
        var random = SeededGenerator(seed: 0xC5F0 + seed)
        for _ in 0..<150 {
            let count = Int.random(in: 0...400, using: &random)
            let body = String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
            let header = ["code,service,slot,category\n", "application,service,status,expected\n", ""]
                .randomElement(using: &random)!
            Self.check(Data((header + body).utf8))
        }
    }

    @Test("random mutations of the demo files", arguments: 0..<8)
    func mutations(seed: UInt64) throws {
        var random = SeededGenerator(seed: 0xC5F00 + seed)
        for name in ["appointments", "notices"] {
            let original = try String(contentsOf: repositoryRoot.appendingPathComponent("kiosk/demo/\(name).csv"),
                                      encoding: .utf8)
            for _ in 0..<40 {
                var text = original
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    text = Mutation.apply(to: text, using: &random)
                }
                Self.check(Data(text.utf8))
            }
        }
    }

    @Test("odd values in every column do not crash", arguments: [
        "", " ", "\"\"", "\"", "\"\"\"", "9999-99-99 99:99", "2026-11-24 10:30+99:99", "2026-11-24T10:30:00.1234567891Z",
        "0000-01-01 00:00", "2026-11-24 10:30:60", "+2026-11-24 10:30", "２０２６-11-24 10:30", "2026-11-24\u{0}10:30",
        String(repeating: "x", count: 5000), "\u{1F600}", "Europe/Moscow", "in progress", "-", "🤖,🤖",
    ])
    func oddValues(value: String) {
        let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        for field in [value, quoted] {
            Self.check(Data("code,service,slot,category\n\(field),\(field),\(field),\(field)\n".utf8))
            Self.check(Data("application,service,status,expected\n\(field),issue,\(field),\(field)\n".utf8))
        }
    }

    @Test("a large file with a quote never closed is one error, found quickly")
    func largeUnclosedQuote() {
        let text = "code,service,slot\n\"" + String(repeating: "A,passport,2026-11-24 10:30\n", count: 50_000)
        let clock = ContinuousClock()
        let start = clock.now
        Self.check(Data(text.utf8))
        #expect(clock.now - start < .seconds(20))
    }
}
