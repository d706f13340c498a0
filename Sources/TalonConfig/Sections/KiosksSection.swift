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
            let defaults = KioskConfig(id: "", token: "")
            var screen: ScreenSize? = defaults.screen
            if let node = map.optional("screen") { screen = DeviceFields.screen(node) }
            let width = map.optional("screen_width_mm") == nil
                ? defaults.screenWidthMillimetres : map.double("screen_width_mm", in: 50...3000)
            let idle = map.optional("idle_seconds") == nil
                ? defaults.idleSeconds : map.double("idle_seconds", in: 5...600)
            guard let id, let token, let screen, let width, let idle else { return nil }
            return KioskConfig(id: DeviceID(id), token: token, screen: screen,
                               screenWidthMillimetres: width, idleSeconds: idle)
        }
    }
}
