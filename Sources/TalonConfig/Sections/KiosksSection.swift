import TalonCore

/// `kiosks:` — the ticket kiosks: `- {id: kiosk-1, token: "…", screen: 1080x1920,
/// screen_width_mm: 268, idle_seconds: 30}`. A kiosk token may issue tickets, check in
/// bookings and read the queue; the screen fields size the kiosk page's buttons.
enum KiosksSection {
    static let keys = ["id", "token", "screen", "screen_width_mm", "idle_seconds"]

    /// `tokens` holds the displays' tokens already, so that no kiosk shares one.
    static func parse(_ node: ConfigNode?, tokens: inout DeviceTokenCheck) -> [KioskConfig] {
        ListSection.items(of: node, keys: keys) { map, id in
            let token = map.required("token").flatMap { tokens.token(at: $0, owner: id ?? "?") }
            // A bad value records its error, which leaves the kiosk out; absent, the default.
            let defaults = KioskConfig(id: "", token: "")
            let screen = map.optional("screen").flatMap(DeviceFields.screen) ?? defaults.screen
            let width = map.optionalDouble("screen_width_mm", in: 50...3000) ?? defaults.screenWidthMillimetres
            let idle = map.optionalDouble("idle_seconds", in: 5...600) ?? defaults.idleSeconds
            guard let id, let token else { return nil }
            return KioskConfig(id: DeviceID(id), token: token, screen: screen,
                               screenWidthMillimetres: width, idleSeconds: idle)
        }
    }
}
