import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import Testing

/// The kernel's buffer overflows mid-touch: the reader gets SYN_DROPPED, libevdev's sync
/// read (LIBEVDEV_READ_FLAG_SYNC) replays the device's current state from EVIOCGMTSLOTS,
/// EVIOCGKEY and EVIOCGABS, and nothing lost becomes a phantom tap or press.
@Suite("SYN_DROPPED recovery")
struct SynDroppedTests {
    static func touch(_ t: Double, id: Int32, x: Int32, y: Int32) -> [InputEvent] {
        [InputEvent(t, EV.abs, ABS.mtTrackingID, id), InputEvent(t, EV.abs, ABS.mtPositionX, x),
         InputEvent(t, EV.abs, ABS.mtPositionY, y), InputEvent(t, EV.key, KEY.btnTouch, 1),
         InputEvent(t, EV.syn, SYN.report, 0)]
    }

    static func release(_ t: Double) -> [InputEvent] {
        [InputEvent(t, EV.abs, ABS.mtTrackingID, -1), InputEvent(t, EV.key, KEY.btnTouch, 0),
         InputEvent(t, EV.syn, SYN.report, 0)]
    }

    static func read(_ device: EvdevDevice, _ decoder: inout InputDecoder) throws -> [InputOutput] {
        var events: [InputEvent] = []
        while try device.read(into: &events) == .more {}
        return events.flatMap { decoder.feed($0) }
    }

    @Test func droppedMidTouchMakesNoPhantomTapAndRecovers() throws {
        let caps = try #require(try Harness.recording("atmel-maxtouch.desc").capabilities)
        let fake = FakeEvdevDevice(caps)
        let device = try fake.open()
        let role = TouchscreenRole(kiosk: "kiosk-1", screen: ScreenSize(width: 800, height: 480))
        var decoder = try InputDecoder(device: "touch", role: .touchscreen(role), capabilities: device.capabilities)

        fake.send(Self.touch(10.0, id: 20, x: 100, y: 100))
        #expect(Harness.taps(try Self.read(device, &decoder)).isEmpty)
        #expect(decoder.touchDecoder?.activeTrackingIDs == [20])

        // Lost: the finger lifts (that would have been a tap) and another lands elsewhere.
        let queriesBefore = fake.mtSlotQueries
        fake.drop(Self.release(10.05) + Self.touch(10.10, id: 21, x: 600, y: 400), at: EventTime(seconds: 10.2))
        let afterDrop = try Self.read(device, &decoder)
        #expect(Harness.taps(afterDrop).isEmpty)
        #expect(device.syncs == 1)
        #expect(fake.mtSlotQueries > queriesBefore)  // libevdev asked the "kernel" for the slots
        #expect(decoder.drops == 1)
        #expect(decoder.touchDecoder?.activeTrackingIDs == [21])  // state recovered

        // The finger that landed during the drop lifts: still no tap (its start is unknown).
        fake.send(Self.release(10.3))
        #expect(Harness.taps(try Self.read(device, &decoder)).isEmpty)
        #expect(decoder.touchDecoder?.isTouching == false)

        // Everything works again.
        fake.send(Self.touch(11.0, id: 22, x: 400, y: 240) + Self.release(11.08))
        let taps = Harness.taps(try Self.read(device, &decoder))
        #expect(taps.count == 1)
        #expect(abs((taps.first?.x ?? 0) - 400.0 / 799 * 800) < 0.001)
    }

    @Test func droppedKeyPressIsNotAPhantomPress() throws {
        let caps = try #require(try Harness.recording("plantronics-audio648-buttons.desc").capabilities)
        let fake = FakeEvdevDevice(caps)
        let device = try fake.open()
        let role = RatingPanelRole(window: "1", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4])
        var decoder = try InputDecoder(device: "rating-1", role: .ratingPanel(role), capabilities: device.capabilities)

        let keysBefore = fake.keyQueries
        fake.drop([InputEvent(5.0, EV.key, 0x101, 1), InputEvent(5.0, EV.syn, SYN.report, 0)], at: EventTime(seconds: 5.1))
        #expect(Harness.commands(try Self.read(device, &decoder)).isEmpty)
        #expect(device.syncs == 1)
        #expect(fake.keyQueries > keysBefore)  // libevdev asked the "kernel" which keys are held
        // Its release is no press either; the next real press is.
        fake.send([InputEvent(5.5, EV.key, 0x101, 0), InputEvent(5.5, EV.syn, SYN.report, 0),
                   InputEvent(6.0, EV.key, 0x103, 1), InputEvent(6.0, EV.syn, SYN.report, 0)])
        let commands = Harness.commands(try Self.read(device, &decoder))
        #expect(commands.map(\.command) == [.rate(window: "1", score: 4, device: "rating-1")])
    }
}
