import ArgumentParser
import Foundation
import TalonCore
import TalonInput

/// `talon replay`: a recording through the hall's decoders, printed as what the hall
/// would have done. The way to reproduce a complaint from a hall.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Feed recorded input (evemu .desc + .events, a combined evemu file, or libinput record YAML) "
            + "through the decoders and print the commands, taps and notes.",
        discussion: """
            Give the role on the command line (--role and its options), or take a configured device \
            with --device ID (from --config, or the demo hall). Examples:
              talon replay plantronics.desc plantronics.events --role rating-panel --window w1
              talon replay egalax.desc egalax.events --role touchscreen --axis-map ABS_Z,ABS_RX --screen 1080x1920
              talon replay scan.evemu --device kiosk-1-scanner
            """)

    enum Role: String, ExpressibleByArgument, CaseIterable {
        case ratingPanel = "rating-panel", callButtons = "call-buttons", touchscreen, scanner, keypad
    }

    @Argument(help: "Recordings, the .desc before its .events.") var files: [String]
    @OptionGroup var hall: HallOptions
    @Option(help: "A device id from the configuration.") var device: String?
    @Option(help: "The role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: Role?
    @Option(help: "Window id (rating-panel, call-buttons, keypad).") var window = "w1"
    @Option(help: "Kiosk id (touchscreen, scanner).") var kiosk = "kiosk-1"
    @Option(help: "Codes and what they mean: BTN_0=1,BTN_1=2 (scores), BTN_0=call-next (actions), KEY_KP1=rate-1 (keypad). Default for rating-panel: BTN_0..BTN_3=1..4; for call-buttons: BTN_0..BTN_4 = call-next, recall, start, finish, no-show.")
    var map: String?
    @Option(help: "Calibration matrix: six numbers a,b,c,d,e,f.") var calibration: String?
    @Option(help: "Screen size WIDTHxHEIGHT.") var screen = "1920x1080"
    @Option(help: "Position axes X,Y, e.g. ABS_Z,ABS_RX.") var axisMap: String?
    @Option(help: "Rotation: 0, 90, 180, 270.") var rotation = 0
    @Flag(help: "Swap the axes.") var swapAxes = false
    @Flag(help: "Invert X.") var invertX = false
    @Flag(help: "Invert Y.") var invertY = false
    @Option(help: "Debounce in seconds (keys).") var debounce = 0.05

    func validate() throws {
        guard (device == nil) != (role == nil) else { throw ValidationError("give either --role or --device") }
    }

    func run() throws {
        let config = try deviceConfig()
        do {
            print(try Replay.run(files: files.map { URL(fileURLWithPath: $0) }, as: config), terminator: "")
        } catch {
            FileHandle.standardError.write(Data("talon replay: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func deviceConfig() throws -> InputDeviceConfig {
        if let device {
            let devices = try hall.load().devices
            guard let found = devices.first(where: { $0.id.rawValue == device }) else {
                throw ValidationError("no device `\(device)` in the configuration; there are: "
                                      + devices.map(\.id.rawValue).joined(separator: ", "))
            }
            return found
        }
        return InputDeviceConfig(id: "replay", match: InputDeviceMatch(name: "replay"), role: try ReplayRoleOptions(self).role())
    }
}


/// Builds the role `talon replay --role …` describes from its options.
struct ReplayRoleOptions {
    let options: ReplayCommand

    init(_ options: ReplayCommand) { self.options = options }

    func role() throws -> InputDeviceRole {
        let o = options
        let window = WindowID(o.window)
        switch o.role {
        case .ratingPanel, nil:
            let scores = try pairs(o.map ?? "BTN_0=1,BTN_1=2,BTN_2=3,BTN_3=4") { Int($0).flatMap { (1...4).contains($0) ? $0 : nil } }
            return .ratingPanel(RatingPanelRole(window: window, scores: scores, debounce: o.debounce))
        case .callButtons:
            let actions = try pairs(o.map ?? "BTN_0=call-next,BTN_1=recall,BTN_2=start,BTN_3=finish,BTN_4=no-show") {
                CallButtonAction(rawValue: $0)
            }
            return .callButtons(CallButtonsRole(window: window, actions: actions, debounce: o.debounce))
        case .keypad:
            guard let map = o.map else { throw ValidationError("--role keypad needs --map, e.g. KEY_KP1=rate-1,KEY_KPENTER=call-next") }
            let keys = try pairs(map) { text -> KeypadAction? in
                if let a = CallButtonAction(rawValue: text) { return .call(a) }
                if text.hasPrefix("rate-"), let s = Int(text.dropFirst(5)), (1...4).contains(s) { return .rate(s) }
                return nil
            }
            return .keypad(KeypadRole(window: window, keys: keys, debounce: o.debounce))
        case .scanner:
            return .scanner(ScannerRole(kiosk: DeviceID(o.kiosk)))
        case .touchscreen:
            var role = TouchscreenRole(kiosk: DeviceID(o.kiosk), swapAxes: o.swapAxes, invertX: o.invertX,
                                       invertY: o.invertY, rotation: o.rotation)
            guard [0, 90, 180, 270].contains(o.rotation) else { throw ValidationError("--rotation is 0, 90, 180 or 270") }
            let size = o.screen.lowercased().split(separator: "x").compactMap { Int($0) }
            guard size.count == 2, size.allSatisfy({ $0 > 0 }) else { throw ValidationError("--screen is WIDTHxHEIGHT, e.g. 1080x1920") }
            role.screen = ScreenSize(width: size[0], height: size[1])
            if let c = o.calibration {
                let values = c.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard values.count == 6 else { throw ValidationError("--calibration is six numbers a,b,c,d,e,f") }
                role.calibration = values
            }
            if let axes = o.axisMap {
                let codes = axes.split(separator: ",").map { EventNames.parseCode(String($0)) }
                guard codes.count == 2, let x = codes[0], let y = codes[1] else {
                    throw ValidationError("--axis-map is two axes X,Y, e.g. ABS_Z,ABS_RX")
                }
                role.axes = TouchAxisMap(x: x, y: y)
            }
            return .touchscreen(role)
        }
    }

    /// `CODE=VALUE,…` with codes as evdev names or numbers.
    private func pairs<V>(_ text: String, _ value: (String) -> V?) throws -> [UInt16: V] {
        var out: [UInt16: V] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let code = EventNames.parseCode(parts[0]), let v = value(parts[1]) else {
                throw ValidationError("--map: cannot read «\(pair)»; write CODE=VALUE, e.g. BTN_0=1")
            }
            out[code] = v
        }
        return out
    }
}
