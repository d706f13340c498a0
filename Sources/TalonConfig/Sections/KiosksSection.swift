import TalonCore

/// `kiosks:` — the ticket kiosks' device tokens: `- {id: kiosk-1, token: "…"}`.
/// A kiosk token may issue tickets, check in bookings and read the queue.
enum KiosksSection {
    static let keys = ["id", "token"]

    static func parse(_ node: ConfigNode?) -> [KioskConfig] {
        guard let node, !node.isEmpty, let items = node.list() else { return [] }
        var ids = IDCheck()
        var tokens = DeviceTokenCheck()
        var kiosks: [KioskConfig] = []
        for item in items {
            guard let map = item.map(allowedKeys: keys) else { continue }
            let errorsBefore = item.diagnostics.count
            let idNode = map.required("id")
            let id = idNode?.identifier()
            if let id, let idNode { ids.claimID(id, at: idNode, item: item) }
            let token = map.required("token").flatMap { tokens.token(at: $0, owner: id ?? "?") }
            guard item.diagnostics.count == errorsBefore, let id, let token else { continue }
            kiosks.append(KioskConfig(id: DeviceID(id), token: token))
        }
        return kiosks
    }
}
