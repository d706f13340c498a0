import Foundation
import Synchronization
import TalonCore
import TalonInput
import TalonInputTestSupport
import TalonTestSupport
import Testing

/// Collects what the input service submits.
final class RecordingSink: InputCommandSink {
    private let received = Mutex<[CommandEnvelope]>([])
    func submit(_ envelope: CommandEnvelope) async { received.withLock { $0.append(envelope) } }
    var all: [CommandEnvelope] { received.withLock { $0 } }
    var statuses: [DeviceStatus] {
        all.compactMap { if case .reportDevice(let s) = $0.command { s } else { nil } }
    }
}

@Suite("Discovery and hot-plug", .serialized)
struct HotplugTests {
    /// How long the input tests wait for the poll thread: generous, as on a loaded 2-core
    /// machine the async consumer may wait for a free thread for seconds. A time-out stops
    /// the test rather than going on half set up.
    static let patience: Duration = .seconds(60)

    @Test func unplugAndReplugDuringAStream() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("talon-input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let caps = try #require(try Harness.recording("plantronics-audio648-buttons.desc").capabilities)
        let node = dir + "/event7"

        let config = InputDeviceConfig(
            id: "rating-2", match: InputDeviceMatch(vendor: 0x047f, product: 0xc013),
            role: .ratingPanel(RatingPanelRole(window: "2", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4])))
        let missing = InputDeviceConfig(id: "desk-9", match: InputDeviceMatch(name: "No Such Box"),
                                        role: .callButtons(CallButtonsRole(window: "9", actions: [0x100: .callNext])))
        var fake: FakeEvdevDevice? = FakeEvdevDevice(caps, fifo: node)
        let sink = RecordingSink()
        let service = InputService(devices: [config, missing], deviceDirectory: dir, sink: sink)
        let task = Task { await service.run() }
        defer { task.cancel() }

        try await waitUntil("attach", timeout: Self.patience) { sink.statuses.contains { $0.device == "rating-2" && $0.condition == .ok } }
        // Reported by the poll thread just after the attach: wait for it rather than race it.
        try await waitUntil("desk-9 missing", timeout: Self.patience) { sink.statuses.contains { $0.device == "desk-9" && $0.condition == .missing } }
        #expect(fake?.grabbed == true)
        fake?.openWriter(path: node)
        fake?.send([InputEvent(100, EV.key, 0x103, 1), InputEvent(100, EV.syn, SYN.report, 0),
                    InputEvent(100.1, EV.key, 0x103, 0), InputEvent(100.1, EV.syn, SYN.report, 0)])
        try await waitUntil("first rating", timeout: Self.patience) { sink.all.contains { $0.command == .rate(window: "2", score: 4, device: "rating-2") } }

        // Unplug in the middle of a press: the writer goes (POLLHUP) and the node vanishes.
        fake?.send([InputEvent(101, EV.key, 0x100, 1)])
        fake?.closeWriter()
        try FileManager.default.removeItem(atPath: node)
        fake = nil
        try await waitUntil("missing", timeout: Self.patience) { sink.statuses.contains { $0.device == "rating-2" && $0.condition == .missing } }

        // Replug: the node comes back (inotify), is attached and grabbed again, and works.
        let again = FakeEvdevDevice(caps, fifo: node)
        try await waitUntil("re-attach", timeout: Self.patience) {
            sink.statuses.filter { $0.device == "rating-2" && $0.condition == .ok }.count == 2
        }
        #expect(again.grabbed)
        again.openWriter(path: node)
        again.send([InputEvent(102, EV.key, 0x101, 1), InputEvent(102, EV.syn, SYN.report, 0)])
        try await waitUntil("rating after replug", timeout: Self.patience) { sink.all.contains { $0.command == .rate(window: "2", score: 2, device: "rating-2") } }

        let ratings = sink.all.filter { if case .rate = $0.command { true } else { false } }
        #expect(ratings.count == 2)  // the press cut by the unplug never completed a frame
        let order = sink.statuses.filter { $0.device == "rating-2" }.map(\.condition)
        #expect(order == [.ok, .missing, .ok])
    }
}
