import Foundation
import Synchronization
import TalonCore
import TalonInput
import TalonInputTestSupport
import TalonTestSupport
import Testing

/// `talon devices`, `talon devices record` and `talon replay` through their library
/// functions, on a FIFO the real libevdev reads through the ioctl interposer.
@Suite("Tools", .serialized)
struct ToolsTests {
    static let panel = InputDeviceConfig(
        id: "rating-2", match: InputDeviceMatch(vendor: 0x047f, product: 0xc013),
        role: .ratingPanel(RatingPanelRole(window: "w2", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4])))

    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("talon-tools-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func listingShowsCapabilitiesTheRoleAndWhyNot() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let caps = try #require(try Harness.recording("plantronics-audio648-buttons.desc").capabilities)
        let fake = FakeEvdevDevice(caps, fifo: dir + "/event4")
        let box = InputDeviceConfig(id: "desk-9", match: InputDeviceMatch(name: "Arcade Box"),
                                    role: .callButtons(CallButtonsRole(window: "w9", actions: [0x120: .callNext])))
        let text = DeviceListing.list(devices: [box, Self.panel], deviceDirectory: dir)
        #expect(text.contains("\(dir)/event4: “\(caps.name)” 047f:c013"))
        #expect(text.contains("keys (5)"))  // BTN_0..BTN_3 and one more the panel declares
        #expect(text.contains("→ `rating-2` as rating-panel"))
        #expect(text.contains("`desk-9` (call-buttons): not found"))
        let none = DeviceListing.list(devices: [box], deviceDirectory: dir)
        #expect(none.contains("→ no role (`desk-9`: name is not “Arcade Box”)"))
        withExtendedLifetime(fake) {}  // the interposer answers for the FIFO until here
    }

    @Test func recordThenReplayGivesTheSameRatings() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let caps = try #require(try Harness.recording("plantronics-audio648-buttons.desc").capabilities)
        let node = dir + "/event4"
        let fake = FakeEvdevDevice(caps, fifo: node)
        let text = TextBox()
        let recorder = Task.detached {
            let deadline = Date().addingTimeInterval(60)
            try DeviceRecorder.record(path: node, write: { line in text.append(line) }, shouldStop: {
                Date() > deadline || text.value.components(separatedBy: "\nE: ").count - 1 >= 8
            })
        }
        // The writer can open once the recorder has opened the read end.
        try await waitUntil("the recorder to open \(node)", timeout: HotplugTests.patience) { fake.tryOpenWriter(path: node) }
        fake.send([InputEvent(10, EV.key, 0x103, 1), InputEvent(10, EV.syn, SYN.report, 0),
                   InputEvent(10.2, EV.key, 0x103, 0), InputEvent(10.2, EV.syn, SYN.report, 0),
                   InputEvent(11, EV.key, 0x100, 1), InputEvent(11, EV.syn, SYN.report, 0),
                   InputEvent(11.2, EV.key, 0x100, 0), InputEvent(11.2, EV.syn, SYN.report, 0)])
        try await recorder.value
        let recorded = text.value
        #expect(recorded.hasPrefix("# EVEMU") || recorded.contains("N: \(caps.name)"))

        let replayed = try Replay.outputs(try Recording.parse(recorded), as: Self.panel)
        #expect(Harness.commands(replayed).map(\.command) == [
            .rate(window: "w2", score: 4, device: "rating-2"), .rate(window: "w2", score: 1, device: "rating-2"),
        ])
        #expect(Replay.describe(replayed).contains("input:rating-2:10.000000:259: "))
    }
}

/// Text a recorder thread appends to and the test reads.
final class TextBox: Sendable {
    private let text = Mutex("")
    func append(_ more: String) { text.withLock { $0 += more } }
    var value: String { text.withLock { $0 } }
}
