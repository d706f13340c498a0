import CEvdev
import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import TalonTestSupport
import Testing

@Suite("A device the daemon may not open", .serialized)
struct PermissionTests {
    /// event3 answers EACCES as open(2) does for a node without the udev rule (tests
    /// run as root, who may open anything, so the failure is injected at open(2) and
    /// everything after it is the real path); event7 is a working rating panel.
    @Test func noPermissionIsReportedWithTheFixAndTheLoopGoesOn() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("talon-perm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let caps = try #require(try Harness.recording("plantronics-audio648-buttons.desc").capabilities)
        let denied = dir + "/event3", node = dir + "/event7"
        precondition(mkfifo(denied, 0o600) == 0)
        let fake = FakeEvdevDevice(caps, fifo: node)
        let opener = DeviceOpener { path in path == denied ? -EACCES : talon_open_device(path) }

        let panel = InputDeviceConfig(
            id: "rating-2", match: InputDeviceMatch(vendor: 0x047f, product: 0xc013),
            role: .ratingPanel(RatingPanelRole(window: "2", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4])))
        let scanner = InputDeviceConfig(id: "kiosk-scanner", match: InputDeviceMatch(name: "Honeywell 1900"),
                                        role: .scanner(ScannerRole(kiosk: "kiosk-1")))
        let sink = RecordingSink()
        let service = InputService(devices: [panel, scanner], deviceDirectory: dir, sink: sink, opener: opener)
        let task = Task { await service.run() }
        defer { task.cancel() }

        try await waitUntil("no-permission report", timeout: HotplugTests.patience) {
            sink.statuses.contains { $0.device == "kiosk-scanner" && $0.condition == .noPermission }
        }
        let report = try #require(sink.statuses.first { $0.device == "kiosk-scanner" && $0.condition == .noPermission })
        #expect(report.message.contains(denied))
        #expect(report.message.contains("hardware/udev/70-talon-input.rules"))
        #expect(report.message.contains("udevadm control --reload && udevadm trigger"))
        #expect(report.message.contains("группу talon"))
        // The udev rule the message names exists and gives the group access.
        let rule = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../hardware/udev/70-talon-input.rules"), encoding: .utf8)
        #expect(rule.contains(#"GROUP="talon", MODE="0660""#))

        // The loop went on: the panel next to it is attached and works.
        try await waitUntil("panel attached", timeout: HotplugTests.patience) {
            sink.statuses.contains { $0.device == "rating-2" && $0.condition == .ok }
        }
        fake.openWriter(path: node)
        fake.send([InputEvent(100, EV.key, 0x102, 1), InputEvent(100, EV.syn, SYN.report, 0)])
        try await waitUntil("rating", timeout: HotplugTests.patience) {
            sink.all.contains { $0.command == .rate(window: "2", score: 3, device: "rating-2") }
        }
        // The scanner stays reported as no permission, not overwritten by "missing".
        #expect(sink.statuses.filter { $0.device == "kiosk-scanner" }.map(\.condition) == [.noPermission])
    }

    @Test func theErrorCarriesTheFix() throws {
        let opener = DeviceOpener { _ in -EACCES }
        #expect(throws: InputError.self) { try opener.open(path: "/dev/input/event9") }
        do {
            _ = try opener.open(path: "/dev/input/event9")
        } catch {
            #expect(error.code == .permissionDenied)
            #expect(error.message.contains("70-talon-input.rules"))
            #expect(error.message.contains("group `talon`"))
        }
    }
}
