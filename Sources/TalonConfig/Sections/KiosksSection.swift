import TalonCore

/// `kiosks:` — the ticket kiosks' device tokens: `- {id: kiosk-1, token: "…"}`.
/// A kiosk token may issue tickets, check in bookings and read the queue.
enum KiosksSection {
    static let keys = ["id", "token"]

    /// `tokens` holds the displays' tokens already, so that no kiosk shares one.
    static func parse(_ node: ConfigNode?, tokens: inout DeviceTokenCheck) -> [KioskConfig] {
        ListSection.items(of: node, keys: keys) { map, id in
            let token = map.required("token").flatMap { tokens.token(at: $0, owner: id ?? "?") }
            guard let id, let token else { return nil }
            return KioskConfig(id: DeviceID(id), token: token)
        }
    }
}
