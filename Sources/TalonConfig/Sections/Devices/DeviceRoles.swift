import TalonCore

/// `role:` of a device item: `kind` and the options of that kind.
///
/// | kind | keys |
/// |---|---|
/// | `rating-panel` | `window`, `scores` (code → 1…4), `debounce` (s) |
/// | `call-buttons` | `window`, `actions` (code → call-next, recall, start, finish, no-show), `debounce` |
/// | `keypad` | `window`, `keys` (code → an action or rate-1…rate-4), `debounce` |
/// | `touchscreen` | `kiosk`, `axes` {x, y}, `swap_axes`, `invert_x`, `invert_y`, `rotation`, `calibration`, `screen`, `tap` {max_distance, max_duration} |
/// | `scanner` | `kiosk`, `layout`, `terminator` (enter, tab), `partial_timeout` (s), `language` |
enum DeviceRoles {
    enum Kind: String, CaseIterable {
        case ratingPanel = "rating-panel"
        case callButtons = "call-buttons"
        case touchscreen
        case scanner
        case keypad
    }

    static func keys(for kind: Kind) -> [String] {
        switch kind {
        case .ratingPanel: ["kind", "window", "scores", "debounce"]
        case .callButtons: ["kind", "window", "actions", "debounce"]
        case .keypad: ["kind", "window", "keys", "debounce"]
        case .touchscreen: ["kind", "kiosk", "axes", "swap_axes", "invert_x", "invert_y", "rotation",
                            "calibration", "screen", "tap"]
        case .scanner: ["kind", "kiosk", "layout", "terminator", "partial_timeout", "language"]
        }
    }

    /// The role, or `nil` after errors.
    static func parse(_ merged: MergedMap, references: HallReferences) -> InputDeviceRole? {
        let map = merged.map
        guard let kind = map.required("kind")?.choice(Kind.self, what: "device role") else { return nil }
        merged.checkKeys(allowed: keys(for: kind))
        let before = map.node.diagnostics.count
        let role: InputDeviceRole?
        switch kind {
        case .ratingPanel:
            let window = map.required("window").flatMap(references.window(at:))
            let scores = map.required("scores").flatMap { DeviceFields.codeMap($0) { $0.int(in: 1...4) } }
            role = window.flatMap { w in scores.map { .ratingPanel(RatingPanelRole(window: w, scores: $0, debounce: debounce(map))) } }
        case .callButtons:
            let window = map.required("window").flatMap(references.window(at:))
            let actions = map.required("actions").flatMap {
                DeviceFields.codeMap($0) { $0.choice(CallButtonAction.self, what: "call button action") }
            }
            role = window.flatMap { w in actions.map { .callButtons(CallButtonsRole(window: w, actions: $0, debounce: debounce(map))) } }
        case .keypad:
            let window = map.required("window").flatMap(references.window(at:))
            let keys = map.required("keys").flatMap { DeviceFields.codeMap($0, value: keypadAction) }
            role = window.flatMap { w in keys.map { .keypad(KeypadRole(window: w, keys: $0, debounce: debounce(map))) } }
        case .touchscreen:
            role = touchscreen(map).map(InputDeviceRole.touchscreen)
        case .scanner:
            role = scanner(map).map(InputDeviceRole.scanner)
        }
        return map.node.diagnostics.count == before ? role : nil
    }

    private static func debounce(_ map: ConfigMap) -> Double {
        map.optionalDouble("debounce", in: 0...2) ?? 0.05
    }

    /// `call-next`… or `rate-1`…`rate-4`.
    private static func keypadAction(_ node: ConfigNode) -> KeypadAction? {
        guard let text = node.string() else { return nil }
        if let action = CallButtonAction(rawValue: text) { return .call(action) }
        if text.hasPrefix("rate-"), let score = Int(text.dropFirst(5)), (1...4).contains(score) { return .rate(score) }
        node.report(.invalidValue, "\(node.found) is not a keypad action; write one of "
                    + CallButtonAction.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", ")
                    + " or «rate-1»…«rate-4»")
        return nil
    }

    private static func touchscreen(_ map: ConfigMap) -> TouchscreenRole? {
        guard let kiosk = map.required("kiosk")?.identifier() else { return nil }
        var role = TouchscreenRole(kiosk: DeviceID(kiosk))
        if let axes = map.optionalMap("axes", allowedKeys: ["x", "y"]) {
            role.axes = TouchAxisMap(x: axes.optional("x").flatMap(DeviceFields.axis),
                                     y: axes.optional("y").flatMap(DeviceFields.axis))
        }
        role.swapAxes = map.optionalBool("swap_axes") ?? false
        role.invertX = map.optionalBool("invert_x") ?? false
        role.invertY = map.optionalBool("invert_y") ?? false
        if let node = map.optional("rotation"), let degrees = node.int() {
            if [0, 90, 180, 270].contains(degrees) {
                role.rotation = degrees
            } else {
                node.report(.invalidValue, "rotation is 0, 90, 180 or 270 degrees clockwise, found \(degrees)")
            }
        }
        if let matrix = map.optional("calibration").flatMap(DeviceFields.calibration) { role.calibration = matrix }
        if let screen = map.optional("screen").flatMap(DeviceFields.screen) { role.screen = screen }
        if let tap = map.optionalMap("tap", allowedKeys: ["max_distance", "max_duration"]) {
            role.tapMaxDistance = tap.optionalDouble("max_distance", in: 1...10_000) ?? role.tapMaxDistance
            role.tapMaxDuration = tap.optionalDouble("max_duration", in: 0.01...10) ?? role.tapMaxDuration
        }
        return role
    }

    private static func scanner(_ map: ConfigMap) -> ScannerRole? {
        guard let kiosk = map.required("kiosk")?.identifier() else { return nil }
        var role = ScannerRole(kiosk: DeviceID(kiosk))
        if let node = map.optional("layout"), let layout = node.string() {
            if ScannerRole.layouts.contains(layout) {
                role.layout = layout
            } else {
                node.report(.invalidValue, "unknown keyboard layout \(node.found); known: " + ScannerRole.layouts.joined(separator: ", "))
            }
        }
        role.terminator = map.optional("terminator")?.choice(ScannerTerminator.self, what: "terminator") ?? .enter
        role.partialTimeout = map.optionalDouble("partial_timeout", in: 0.05...10) ?? role.partialTimeout
        role.language = map.optional("language")?.choice(Language.self, what: "language") ?? .ru
        return role
    }
}
