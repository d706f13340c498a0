import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import Testing

@Suite("Barcode scanner")
struct ScannerTests {
    static let role = ScannerRole(kiosk: "kiosk-1", partialTimeout: 0.5)

    /// A keyboard wedge typing `text` (US map): Shift as its own key press around
    /// capitals and symbols, 8 ms a key, then Enter.
    static func typing(_ text: String, at start: Double, enter: Bool = true) -> [InputEvent] {
        let map: [Character: (UInt16, Bool)] = {
            var m: [Character: (UInt16, Bool)] = [:]
            for (code, chars) in [(UInt16(2), "1234567890"), (16, "qwertyuiop"), (30, "asdfghjkl"), (44, "zxcvbnm")] {
                for (i, c) in chars.enumerated() {
                    m[c] = (code + UInt16(i), false)
                    if c.isLetter { m[Character(c.uppercased())] = (code + UInt16(i), true) }
                }
            }
            m["-"] = (12, false); m["#"] = (4, true)
            return m
        }()
        var t = start
        var out: [InputEvent] = []
        func key(_ code: UInt16, _ v: Int32) { out += [InputEvent(t, EV.key, code, v), InputEvent(t, EV.syn, SYN.report, 0)]; t += 0.004 }
        for c in text {
            let (code, shift) = map[c]!
            if shift { key(KEY.leftShift, 1) }
            key(code, 1); key(code, 0)
            if shift { key(KEY.leftShift, 0) }
        }
        if enter { key(KEY.enter, 1); key(KEY.enter, 0) }
        return out
    }

    static var keyboard: DeviceCapabilities {
        DeviceCapabilities(name: "Honeywell Scanner Keyboard Wedge",
                           identity: DeviceIdentity(bustype: 3, vendor: 0x0c2e, product: 0x0b61, version: 1),
                           codes: [EV.key: Set(1...120), EV.msc: [4]])
    }

    @Test func shiftedLettersDigitsAndEnterGiveTheExactCode() throws {
        let rec = Recording(capabilities: Self.keyboard, events: Self.typing("AB-12x#Q9", at: 50))
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .scanner(Self.role), device: "scanner-1")
        let commands = Harness.commands(outputs)
        #expect(commands.count == 1)
        #expect(commands.first?.command == .checkIn(code: "AB-12x#Q9", kiosk: "kiosk-1", language: .ru))
        #expect(commands.first?.id.rawValue.hasPrefix("input:scanner-1:") == true)
    }

    @Test func capsLockInvertsLettersOnly() {
        var d = ScannerDecoder(role: Self.role)
        let events: [(UInt16, Int32)] = [(KEY.capsLock, 1), (KEY.capsLock, 0), (30, 1), (30, 0), (2, 1), (2, 0),
                                         (KEY.leftShift, 1), (30, 1), (30, 0), (KEY.leftShift, 0), (KEY.enter, 1)]
        var results: [ScanResult] = []
        var t = 1.0
        for (code, value) in events {
            results += d.feed(code: code, value: value, time: EventTime(seconds: t), syncing: false)
            t += 0.01
        }
        #expect(results.count == 1)
        if case .code(let text, _) = results.first { #expect(text == "A1a") } else { Issue.record("no code") }
    }

    @Test func aPartialCodeTimesOut() throws {
        let events = Self.typing("ZZ99", at: 10, enter: false) + Self.typing("OK42", at: 12)
        let rec = Recording(capabilities: Self.keyboard, events: events)
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .scanner(Self.role), device: "scanner-1")
        #expect(Harness.commands(outputs).map(\.command) == [.checkIn(code: "OK42", kiosk: "kiosk-1", language: .ru)])
        #expect(outputs.contains { if case .note(let n) = $0 { n.text.contains("partial scan of 4") } else { false } })

        // And with no key after it, the idle check throws it away.
        var decoder = try InputDecoder(device: "scanner-1", role: .scanner(Self.role), capabilities: Self.keyboard)
        for e in Self.typing("ABC", at: 20, enter: false) { _ = decoder.feed(e) }
        #expect(decoder.idle(until: EventTime(seconds: 20.2)).isEmpty)
        #expect(decoder.idle(until: EventTime(seconds: 21)).count == 1)
        #expect(Harness.commands(decoder.feed(InputEvent(21.1, EV.key, KEY.enter, 1))).isEmpty)
    }
}
