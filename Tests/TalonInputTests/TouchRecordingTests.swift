import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import Testing

/// Real recordings, read back through the real libevdev behind the ioctl interposer.
@Suite("Touch recordings through libevdev")
struct TouchRecordingTests {
    /// A calibration that is not the identity, so a wrong mapping shows.
    static let calibration: [Double] = [0.9, 0, 0.05, 0, 0.8, 0.1]
    static let role = TouchscreenRole(kiosk: "kiosk-1", calibration: calibration,
                                      screen: ScreenSize(width: 1280, height: 800))

    /// The touch-down positions in atmel-maxtouch.1-finger-fast-taps.events (X persists
    /// in the slot when a touch does not resend it).
    static let fastTapDowns: [(x: Double, y: Double)] = [
        (340, 242), (354, 228), (357, 239), (364, 255), (364, 251),
        (345, 251), (349, 250), (349, 264), (373, 252),
    ]
    static let fastTapUps: [Double] = [0.095573, 0.316645, 0.551496, 0.772994, 0.994298,
                                       1.214633, 1.449650, 1.685151, 1.934008]

    static func expected(_ raw: (x: Double, y: Double)) -> (x: Double, y: Double) {
        let nx = raw.x / 799, ny = raw.y / 479
        return ((0.9 * nx + 0.05) * 1280, (0.8 * ny + 0.1) * 800)
    }

    @Test func atmelFastTapsGiveExactlyTheTapsAtCalibratedPositions() throws {
        let rec = try Harness.recording("atmel-maxtouch.desc", "atmel-maxtouch.1-finger-fast-taps.events")
        let (outputs, read) = try Harness.throughLibevdev(rec, role: .touchscreen(Self.role), device: "kiosk-1-touch")
        #expect(read.count == rec.events.count)
        let taps = Harness.taps(outputs)
        #expect(taps.count == 9)
        for (tap, (down, up)) in zip(taps, zip(Self.fastTapDowns, Self.fastTapUps)) {
            let want = Self.expected(down)
            #expect(abs(tap.x - want.x) < 0.001)
            #expect(abs(tap.y - want.y) < 0.001)
            #expect(abs(tap.time.asSeconds - up) < 0.000_001)
            #expect(tap.kiosk == "kiosk-1")
        }
        #expect(Harness.commands(outputs).isEmpty)
    }

    @Test func twoFingersMakeOneTap() throws {
        let rec = try Harness.recording("atmel-maxtouch.desc", "atmel-maxtouch.2-fingers-touch-release.events")
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .touchscreen(Self.role))
        let taps = Harness.taps(outputs)
        #expect(taps.count == 1)
        let want = Self.expected((539, 167))  // the first finger, slot 0
        #expect(abs((taps.first?.x ?? 0) - want.x) < 0.001)
        #expect(abs((taps.first?.y ?? 0) - want.y) < 0.001)
    }

    @Test func dragMakesNoTap() throws {
        let rec = try Harness.recording("atmel-maxtouch.desc", "atmel-maxtouch.1-finger-drag-up-down.events")
        let (outputs, read) = try Harness.throughLibevdev(rec, role: .touchscreen(Self.role))
        #expect(read.count == rec.events.count)
        #expect(Harness.taps(outputs).isEmpty)
    }

    @Test func egalaxTapsThroughItsAxisMap() throws {
        let role = TouchscreenRole(kiosk: "kiosk-2", axes: TouchAxisMap(x: ABS.z, y: ABS.rx),
                                   screen: ScreenSize(width: 1024, height: 768))
        let rec = try Harness.recording("egalax-usb-touchcontroller.desc", "egalax-usb-touchcontroller.events")
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .touchscreen(role))
        let taps = Harness.taps(outputs)
        // One tap (0.69 s, a few units of movement); the second touch is a 3 s drag.
        #expect(taps.count == 1)
        let x = (1909.0 - 30) / (4040 - 30) * 1024, y = (2123.0 - 60) / (4035 - 60) * 768
        #expect(abs((taps.first?.x ?? 0) - x) < 0.001)
        #expect(abs((taps.first?.y ?? 0) - y) < 0.001)
        #expect(abs((taps.first?.time.asSeconds ?? 0) - 1330523781.656510) < 0.000_01)
    }

    @Test func egalaxWithoutItsAxisMapTapsNowhereUseful() throws {
        // ABS_X/ABS_Y exist on this panel but never move: every tap lands on one point.
        let rec = try Harness.recording("egalax-usb-touchcontroller.desc", "egalax-usb-touchcontroller.events")
        let role = TouchscreenRole(kiosk: "kiosk-2", screen: ScreenSize(width: 1024, height: 768))
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .touchscreen(role))
        let taps = Harness.taps(outputs)
        #expect(taps.allSatisfy { $0.x == taps.first?.x && $0.y == taps.first?.y })
    }

    @Test func rotationSwapAndInvertMapCorners() {
        let base = TouchscreenRole(kiosk: "k", screen: ScreenSize(width: 101, height: 51))
        func map(_ change: (inout TouchscreenRole) -> Void, _ x: Int32, _ y: Int32) -> ScreenPoint {
            var r = base
            change(&r)
            return TouchMapper(xRange: 0...100, yRange: 0...100, role: r).map(x: x, y: y)
        }
        #expect(map({ _ in }, 100, 0) == ScreenPoint(x: 100, y: 0))
        #expect(map({ $0.invertX = true }, 100, 0) == ScreenPoint(x: 0, y: 0))
        #expect(map({ $0.swapAxes = true }, 100, 0) == ScreenPoint(x: 0, y: 50))
        #expect(map({ $0.rotation = 180 }, 100, 0) == ScreenPoint(x: 0, y: 50))
        #expect(map({ $0.rotation = 90 }, 0, 0) == ScreenPoint(x: 100, y: 0))
        #expect(map({ $0.rotation = 270 }, 0, 0) == ScreenPoint(x: 0, y: 50))
    }

    @Test func libinputRecordYAMLReplaysLikeTheEvemuFile() throws {
        let yaml = try Harness.recording("atmel-maxtouch.1-finger-fast-taps.libinput.yaml")
        let evemu = try Harness.recording("atmel-maxtouch.desc", "atmel-maxtouch.1-finger-fast-taps.events")
        #expect(yaml.events == evemu.events)
        #expect(yaml.capabilities?.name == "Atmel maXTouch Touchscreen")
        #expect(yaml.capabilities?.absInfo[ABS.mtPositionX]?.maximum == 799)
        let (outputs, _) = try Harness.throughLibevdev(yaml, role: .touchscreen(Self.role))
        #expect(Harness.taps(outputs).count == 9)
    }
}
