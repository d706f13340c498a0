import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import Testing

@Suite("Buttons through libevdev")
struct ButtonRecordingTests {
    static let panel = RatingPanelRole(window: "3", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4])

    static func scores(_ outputs: [InputOutput]) -> [Int] {
        Harness.commands(outputs).compactMap {
            if case .rate(let window, let score, let device) = $0.command, window == "3", device == "rating-3" { score } else { nil }
        }
    }

    @Test func plantronicsButtonsRateWithTheMappedScores() throws {
        // The .events file embeds a wrong (Atmel) description: the .desc goes first.
        let rec = try Harness.recording("plantronics-audio648-buttons.desc", "plantronics-audio648-buttons.events")
        #expect(rec.capabilities?.name == "Plantronics Plantronics .Audio 648 USB")
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .ratingPanel(Self.panel), device: "rating-3")
        // BTN_2, BTN_1, BTN_0, BTN_3, BTN_3, BTN_0, BTN_1, BTN_2 pressed in the recording.
        #expect(Self.scores(outputs) == [3, 2, 1, 4, 4, 1, 2, 3])
        let ids = Harness.commands(outputs).map(\.id.rawValue)
        #expect(ids.first == "input:rating-3:1345610846.343506:258")
        #expect(Set(ids).count == ids.count)
    }

    @Test func bouncingContactsRateOnce() throws {
        var rec = try Harness.recording("plantronics-audio648-buttons.desc")
        let t = 100.0
        // BTN_3 bounces: press, release, press, release within 6 ms; then autorepeat.
        rec.events = [
            InputEvent(t, EV.key, 0x103, 1), InputEvent(t, EV.syn, SYN.report, 0),
            InputEvent(t + 0.002, EV.key, 0x103, 0), InputEvent(t + 0.002, EV.syn, SYN.report, 0),
            InputEvent(t + 0.004, EV.key, 0x103, 1), InputEvent(t + 0.004, EV.syn, SYN.report, 0),
            InputEvent(t + 0.3, EV.key, 0x103, 2), InputEvent(t + 0.3, EV.syn, SYN.report, 0),
            InputEvent(t + 0.4, EV.key, 0x103, 0), InputEvent(t + 0.4, EV.syn, SYN.report, 0),
            // A deliberate second press later counts.
            InputEvent(t + 1.0, EV.key, 0x103, 1), InputEvent(t + 1.0, EV.syn, SYN.report, 0),
            InputEvent(t + 1.1, EV.key, 0x103, 0), InputEvent(t + 1.1, EV.syn, SYN.report, 0),
        ]
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .ratingPanel(Self.panel), device: "rating-3")
        #expect(Self.scores(outputs) == [4, 4])
    }

    @Test func callButtonsBecomeWindowCommands() throws {
        var rec = try Harness.recording("plantronics-audio648-buttons.desc")
        rec.events = (0..<4).flatMap { i -> [InputEvent] in
            let t = 10.0 + Double(i)
            return [InputEvent(t, EV.key, 0x100 + UInt16(i), 1), InputEvent(t, EV.syn, SYN.report, 0),
                    InputEvent(t + 0.1, EV.key, 0x100 + UInt16(i), 0), InputEvent(t + 0.1, EV.syn, SYN.report, 0)]
        }
        let role = CallButtonsRole(window: "7", actions: [0x100: .callNext, 0x101: .recall, 0x102: .start, 0x103: .noShow])
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .callButtons(role), device: "desk-7")
        #expect(Harness.commands(outputs).map(\.command) == [
            .callNext(window: "7"), .recall(window: "7"), .startService(window: "7"), .markNoShow(window: "7"),
        ])
    }

    @Test func replayingAStreamIssuesTheSameIDs() throws {
        let rec = try Harness.recording("plantronics-audio648-buttons.desc", "plantronics-audio648-buttons.events")
        let first = try Harness.throughLibevdev(rec, role: .ratingPanel(Self.panel), device: "rating-3")
        let second = try Harness.throughLibevdev(rec, role: .ratingPanel(Self.panel), device: "rating-3")
        #expect(Harness.commands(first.outputs) == Harness.commands(second.outputs))
    }
}
