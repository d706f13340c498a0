import Foundation
import TalonCore
import TalonInput
import TalonInputTestSupport
import Testing

@Suite("Garbage in")
struct GarbageTests {
    /// SplitMix64: a fixed seed makes every run the same stream.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let panel = InputDeviceRole.ratingPanel(RatingPanelRole(window: "1", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4]))

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomBytesThroughLibevdevMakeNoCommand(seed: UInt64) throws {
        var rng = Seeded(state: seed)
        for file in ["plantronics-audio648-buttons.desc", "atmel-maxtouch.desc"] {
            let caps = try #require(try Harness.recording(file).capabilities)
            let fake = FakeEvdevDevice(caps)
            let device = try fake.open()
            let role: InputDeviceRole = caps.touchProtocol == nil ? Self.panel
                : .touchscreen(TouchscreenRole(kiosk: "k"))
            var decoder = try InputDecoder(device: "g", role: role, capabilities: device.capabilities)
            for _ in 0..<50 {
                let count = Int.random(in: 1...4000, using: &rng)
                fake.writeAll((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
                var events: [InputEvent] = []
                while try device.read(into: &events) == .more {}
                let outputs = events.flatMap { decoder.feed($0) }
                #expect(Harness.commands(outputs).isEmpty)
            }
        }
    }

    @Test func randomEventStreamsThroughEveryDecoderCrashNothing() throws {
        var rng = Seeded(state: 42)
        let atmel = try #require(try Harness.recording("atmel-maxtouch.desc").capabilities)
        let egalax = try #require(try Harness.recording("egalax-usb-touchcontroller.desc").capabilities)
        let keys = DeviceCapabilities(name: "k", identity: DeviceIdentity(bustype: 3, vendor: 1, product: 2, version: 3),
                                      codes: [EV.key: Set(0...0x2ff)])
        let decoders: [InputDecoder] = [
            try InputDecoder(device: "a", role: .touchscreen(TouchscreenRole(kiosk: "k")), capabilities: atmel),
            try InputDecoder(device: "e", role: .touchscreen(TouchscreenRole(kiosk: "k", axes: TouchAxisMap(x: ABS.z, y: ABS.rx))), capabilities: egalax),
            try InputDecoder(device: "r", role: Self.panel, capabilities: keys),
            try InputDecoder(device: "s", role: .scanner(ScannerRole(kiosk: "k")), capabilities: keys),
        ]
        for var decoder in decoders {
            var commands = 0
            for _ in 0..<50_000 {
                var type = UInt16.random(in: 0...0x1f, using: &rng)
                if type > 5 && Bool.random(using: &rng) { type = [EV.syn, EV.abs, EV.key].randomElement(using: &rng)! }
                var code = UInt16.random(in: 0...0x2ff, using: &rng)
                // Never a mapped key or a scanner terminator: those would be real presses.
                if type == EV.key && ((0x100...0x103).contains(code) || code == KEY.enter || code == KEY.keypadEnter) { code = 0x2fe }
                let value = Int32.random(in: Int32.min...Int32.max, using: &rng) >> Int32.random(in: 0...31, using: &rng)
                let t = Double(UInt32.random(in: 0...UInt32.max, using: &rng)) / 1000
                commands += Harness.commands(decoder.feed(InputEvent(t, type, code, value))).count
            }
            #expect(commands == 0)
        }
    }
}
