import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import Testing

/// Multitouch protocol A frames, crafted from the kernel's
/// Documentation/input/multi-touch-protocol.rst: each contact's data, SYN_MT_REPORT,
/// then SYN_REPORT; an empty SYN_MT_REPORT when the last contact lifts.
@Suite("Protocol A through libevdev")
struct ProtocolATests {
    static let ntrig = DeviceCapabilities(
        name: "N-Trig Touchscreen (protocol A)",
        identity: DeviceIdentity(bustype: 3, vendor: 0x1b96, product: 0x0001, version: 0x110),
        properties: [INPUT_PROP.direct],
        codes: [EV.key: [KEY.btnTouch], EV.abs: [ABS.x, ABS.y, ABS.mtPositionX, ABS.mtPositionY]],
        absInfo: [ABS.x: AbsInfo(minimum: 0, maximum: 9600), ABS.y: AbsInfo(minimum: 0, maximum: 7200),
                  ABS.mtPositionX: AbsInfo(minimum: 0, maximum: 9600), ABS.mtPositionY: AbsInfo(minimum: 0, maximum: 7200)])
    static let role = TouchscreenRole(kiosk: "kiosk-a", screen: ScreenSize(width: 960, height: 720))

    static func frame(_ t: Double, _ contacts: [(Int32, Int32)]) -> [InputEvent] {
        var out: [InputEvent] = []
        for (x, y) in contacts {
            out += [InputEvent(t, EV.abs, ABS.mtPositionX, x), InputEvent(t, EV.abs, ABS.mtPositionY, y),
                    InputEvent(t, EV.syn, SYN.mtReport, 0)]
        }
        if contacts.isEmpty { out.append(InputEvent(t, EV.syn, SYN.mtReport, 0)) }
        out.append(InputEvent(t, EV.key, KEY.btnTouch, contacts.isEmpty ? 0 : 1))
        out.append(InputEvent(t, EV.syn, SYN.report, 0))
        return out
    }

    @Test func protocolAFramesGiveTaps() throws {
        var events: [InputEvent] = []
        // A tap at the centre: three frames, then the empty report.
        events += Self.frame(1.00, [(4800, 3600)]) + Self.frame(1.01, [(4802, 3601)]) + Self.frame(1.02, [(4801, 3600)])
        events += Self.frame(1.10, [])
        // Two fingers (the doc's two-contact frame), the first lifts, then the second.
        events += Self.frame(2.00, [(1000, 1000)]) + Self.frame(2.02, [(1000, 1000), (8000, 6000)])
        events += Self.frame(2.05, [(8000, 6000)]) + Self.frame(2.20, [])
        // A drag: no tap.
        events += Self.frame(3.00, [(100, 100)]) + Self.frame(3.05, [(3000, 100)]) + Self.frame(3.10, [])
        // A press held too long: no tap.
        events += Self.frame(4.00, [(500, 500)]) + Self.frame(5.50, [(500, 500)]) + Self.frame(5.60, [])
        let rec = Recording(capabilities: Self.ntrig, events: events)
        let (outputs, _) = try Harness.throughLibevdev(rec, role: .touchscreen(Self.role), device: "ntrig")
        let taps = Harness.taps(outputs)
        #expect(taps.map { [$0.x, $0.y] } == [[480, 360], [100, 100]])
        #expect(taps.map(\.time.asSeconds) == [1.10, 2.05])
    }
}
