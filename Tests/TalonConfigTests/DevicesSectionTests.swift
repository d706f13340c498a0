import Foundation
import Testing
@testable import TalonConfig
import TalonCore
import TalonTestSupport

/// `devices:`: every role, profiles merged under the device's own keys, and one clear
/// `file:line: devices[i].key: …` error per mistake.
@Suite("Devices section")
struct DevicesSectionTests {
    /// The small hall plus `devices` (which starts on line 19).
    static func hall(_ devices: String) -> String { smallHall + "devices:\n" + devices }

    static func devices(_ yaml: String, file: String = "test.yaml") throws -> [InputDeviceConfig] {
        try HallConfigLoader.parse(yaml: hall(yaml), file: file).devices
    }

    @Test("every role, written out in full")
    func everyRole() throws {
        let devices = try Self.devices("""
          - id: rating-1
            match: {vendor: 0x047f, product: c013, phys: "usb-0000:00:14.0-1*"}
            role: {kind: rating-panel, window: w1, scores: {BTN_0: 1, BTN_1: 2, 0x102: 3, 259: 4}, debounce: 0.1}
          - id: desk-2
            match: {link: /dev/input/by-id/usb-Box-event-joystick}
            grab: false
            role: {kind: call-buttons, window: w2, actions: {BTN_TRIGGER: call-next, BTN_THUMB: no-show}}
          - id: touch
            match: {name: "eGalax Inc. USB TouchController"}
            role:
              kind: touchscreen
              kiosk: kiosk-1
              axes: {x: ABS_Z, y: abs_rx}
              swap_axes: yes
              invert_y: true
              rotation: 270
              calibration: [1.1, 0, -0.05, 0, 0.9, 0.05]
              screen: 1080x1920
              tap: {max_distance: 30, max_duration: 0.5}
          - id: scanner
            match: {name: "Honeywell 1900"}
            role: {kind: scanner, kiosk: kiosk-1, terminator: tab, partial_timeout: 0.3, language: en}
          - id: keypad
            match: {name: "Numpad"}
            role: {kind: keypad, window: w1, keys: {KEY_KP1: rate-1, KEY_KPENTER: call-next}}

        """)
        #expect(devices.count == 5)
        #expect(devices[0] == InputDeviceConfig(
            id: "rating-1", match: InputDeviceMatch(vendor: 0x047f, product: 0xc013, phys: "usb-0000:00:14.0-1*"),
            role: .ratingPanel(RatingPanelRole(window: "w1", scores: [0x100: 1, 0x101: 2, 0x102: 3, 0x103: 4], debounce: 0.1))))
        #expect(devices[1].grab == false)
        #expect(devices[1].role == .callButtons(CallButtonsRole(window: "w2", actions: [0x120: .callNext, 0x121: .noShow])))
        #expect(devices[2].role == .touchscreen(TouchscreenRole(
            kiosk: "kiosk-1", axes: TouchAxisMap(x: 0x02, y: 0x03), swapAxes: true, invertY: true, rotation: 270,
            calibration: [1.1, 0, -0.05, 0, 0.9, 0.05], screen: ScreenSize(width: 1080, height: 1920),
            tapMaxDistance: 30, tapMaxDuration: 0.5)))
        #expect(devices[3].role == .scanner(ScannerRole(kiosk: "kiosk-1", terminator: .tab, partialTimeout: 0.3, language: .en)))
        #expect(devices[4].role == .keypad(KeypadRole(window: "w1", keys: [79: .rate(1), 96: .call(.callNext)])))
    }

    @Test("a profile is merged under the device's keys; an empty value removes a profile key")
    func profileMerge() throws {
        let folder = try TempFolder("talon-profiles")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("site/hardware/input"), withIntermediateDirectories: true)
        try """
        match: {vendor: 047f, product: c013, name: "Panel"}
        role:
          kind: rating-panel
          scores: {BTN_0: 1, BTN_1: 4}
          debounce: 0.2
        grab: false
        """.write(toFile: folder.file("site/hardware/input/panel.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder.file("site/halls"), withIntermediateDirectories: true)
        let path = folder.file("site/halls/hall.yaml")
        try Self.hall("""
          - id: rating-1
            profile: panel
            match: {phys: "usb-1*", name: ~}
            role: {window: w2, debounce: 0.05}

        """).write(toFile: path, atomically: true, encoding: .utf8)
        let device = try #require(try HallConfigLoader.load(path: path).devices.first)
        #expect(device == InputDeviceConfig(
            id: "rating-1", match: InputDeviceMatch(vendor: 0x047f, product: 0xc013, phys: "usb-1*"),
            role: .ratingPanel(RatingPanelRole(window: "w2", scores: [0x100: 1, 0x101: 4], debounce: 0.05)),
            profile: "panel", grab: false))
    }

    @Test("the repository's profiles are built in, byte for byte (run hardware/input/embed.sh if not)")
    func builtInProfilesMatchFiles() throws {
        let folder = repositoryRoot.appendingPathComponent("hardware/input")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(names.map { String($0.dropLast(5)) }) == Set(BuiltInInputProfiles.texts.keys))
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(BuiltInInputProfiles.texts[String(name.dropLast(5))] == text, "\(name) changed: run hardware/input/embed.sh")
        }
    }

    @Test("with no hardware/input folder around, the built-in profiles are used")
    func builtInFallback() throws {
        let folder = try TempFolder("talon-noprofiles")
        defer { folder.remove() }
        let devices = try Self.devices("""
          - id: touch
            profile: egalax-usb-touchcontroller
            role: {kiosk: kiosk-1, screen: {width: 800, height: 600}}

        """, file: folder.file("hall.yaml"))
        #expect(devices.first?.match == InputDeviceMatch(vendor: 0x0eef, product: 0x0001))
        #expect(devices.first?.role == .touchscreen(TouchscreenRole(
            kiosk: "kiosk-1", axes: TouchAxisMap(x: 0x02, y: 0x03), screen: ScreenSize(width: 800, height: 600))))
    }

    @Test("the demo hall's devices load, all from profiles but the button box")
    func demoHallDevices() throws {
        let devices = try DemoHall.load().devices
        #expect(devices.map(\.id.rawValue) == ["rating-w1", "rating-w2", "rating-w11", "desk-w11", "kiosk-1-touch", "kiosk-1-scanner"])
        #expect(devices.filter { $0.profile != nil }.count == 5)
    }

    @Test("bad devices: one clear error each, with file, line and key path", arguments: [
        ("  - {id: r, match: {name: P}, role: {kind: rating-panel, window: w9, scores: {BTN_0: 1}}}\n",
         "test.yaml:19: devices[0].role.window: unknown window «w9»; did you mean «w1»?"),
        ("  - {id: r, match: {name: P}, role: {kind: rating-panel, window: w1, scores: {BTN_0: 5}}}\n",
         "test.yaml:19: devices[0].role.scores.BTN_0: must be from 1 to 4, found 5"),
        ("  - {id: r, match: {name: P}, role: {kind: rating-panel, window: w1, scores: {BTN_O: 1}}}\n",
         "test.yaml:19: devices[0].role.scores.BTN_O: unknown key code «BTN_O»; did you mean «BTN_0»?"),
        ("  - {id: t, match: {name: T}, role: {kind: touchscreen, kiosk: k, calibration: [1, 0, 0, 1]}}\n",
         "test.yaml:19: devices[0].role.calibration: a calibration matrix has 6 numbers, libinput's 2×3 matrix "
            + "[a, b, c, d, e, f]; found 4; the identity is [1, 0, 0, 0, 1, 0]"),
        ("  - {id: t, match: {name: T}, role: {kind: touchscreen, kiosk: k, rotation: 45}}\n",
         "test.yaml:19: devices[0].role.rotation: rotation is 0, 90, 180 or 270 degrees clockwise, found 45"),
        ("  - {id: t, match: {name: T}, role: {kind: touchscreen, kiosk: k, screen: big}}\n",
         "test.yaml:19: devices[0].role.screen: a screen size is WIDTHxHEIGHT in pixels, such as «1080x1920», found «big»"),
        ("  - {id: t, match: {name: T}, role: {kind: touchscreen, kiosk: k, axes: {x: ABS_Q}}}\n",
         "test.yaml:19: devices[0].role.axes.x: unknown axis «ABS_Q»; did you mean «ABS_X»?"),
        ("  - {id: r, role: {kind: call-buttons, window: w1, actions: {BTN_0: call-next}}}\n",
         "test.yaml:19: devices[0]: no way to find this device: give «match» with a name, vendor and product, "
            + "phys or link (or a «profile» that has them); `talon devices` shows what each device says"),
        ("  - {id: r, match: {name: P}, role: {kind: call-buttons, window: w1, actions: {BTN_0: next}}}\n",
         "test.yaml:19: devices[0].role.actions.BTN_0: «next» is not a call button action; write one of "
            + "«call-next», «recall», «start», «finish», «no-show»"),
        ("  - {id: r, match: {name: P}, role: {kind: smiley, window: w1}}\n",
         "test.yaml:19: devices[0].role.kind: «smiley» is not a device role; write one of «rating-panel», "
            + "«call-buttons», «touchscreen», «scanner», «keypad»"),
        ("  - {id: r, match: {name: P}, role: {kind: scanner, kiosk: k, window: w1}}\n",
         "test.yaml:19: devices[0].role.window: unknown key; the keys here are kind, kiosk, layout, terminator, "
            + "partial_timeout, language"),
        ("  - {id: r, match: {vendor: 0x12345}, role: {kind: scanner, kiosk: k}}\n",
         "test.yaml:19: devices[0].match.vendor: a USB id is up to 4 hex digits as `lsusb` shows it, such as «0x047f», found «0x12345»"),
        ("  - {id: r, match: {link: /dev/sda}, role: {kind: scanner, kiosk: k}}\n",
         "test.yaml:19: devices[0].match.link: a link is /dev/input/by-id/… or /dev/input/by-path/…, found «/dev/sda»; "
            + "`ls -l /dev/input/by-id` lists them"),
        ("  - {id: r, profile: no-such-panel, role: {window: w1}}\n",
         "test.yaml:19: devices[0].profile: no input profile «no-such-panel»: looked for no-such-panel.yaml in "
            + "PROFILES and the folders above, and among the built-in profiles (atmel-maxtouch, "
            + "egalax-usb-touchcontroller, plantronics-audio648, usb-barcode-scanner)"),
        ("  - {id: r, match: {name: P}}\n",
         "test.yaml:19: devices[0]: missing required key «role» (or a «profile» that has one)"),
        ("  - {id: r, profile: plantronics-audio648}\n",
         "test.yaml:19: devices[0].role: missing required key «window»"),
    ])
    func badDevice(yaml: String, expected: String) {
        let profiles = FileManager.default.currentDirectoryPath + "/hardware/input"
        #expect(renderedErrors(Self.hall(yaml)) == [expected.replacingOccurrences(of: "PROFILES", with: profiles)])
    }

    @Test("duplicate ids, codes and matches are reported at the second use")
    func duplicates() {
        #expect(renderedErrors(Self.hall("""
          - {id: a, match: {name: P}, role: {kind: rating-panel, window: w1, scores: {BTN_0: 1, 0x100: 2}}}
          - {id: a, match: {name: Q}, role: {kind: scanner, kiosk: k}}
          - {id: c, match: {name: P}, role: {kind: scanner, kiosk: k}}

        """)) == [
            "test.yaml:19: devices[0].role.scores.0x100: the same code as «BTN_0»",
            "test.yaml:20: devices[1].id: «a» is already the id of devices[0] (line 19)",
            "test.yaml:21: devices[2].match: the same match as devices[0] (line 19): the second device would never be "
                + "found; make «match» tell them apart (phys or a by-path link)",
        ])
    }

    @Test("an error in a profile names the profile's file and line")
    func errorInProfile() throws {
        let folder = try TempFolder("talon-badprofile")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("hardware/input"), withIntermediateDirectories: true)
        try "role:\n  kind: rating-panel\n  scores: {BTN_0: 9}\n"
            .write(toFile: folder.file("hardware/input/bad.yaml"), atomically: true, encoding: .utf8)
        let path = folder.file("hall.yaml")
        try Self.hall("  - {id: r, profile: bad, match: {name: P}, role: {window: w1}}\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: ConfigErrors.self) { try HallConfigLoader.load(path: path) }
        let real = URL(fileURLWithPath: folder.path).standardizedFileURL.path
        #expect(error?.errors.map(\.description) == [
            "\(real)/hardware/input/bad.yaml:3: devices[0].role.scores.BTN_0: must be from 1 to 4, found 9",
        ])
    }
}
