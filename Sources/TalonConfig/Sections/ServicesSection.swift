import TalonCore

/// `services:` — what visitors can take a ticket for.
enum ServicesSection {
    /// Prefixes by appearance, with the first prefix and service that used each.
    typealias PrefixCheck = UniqueCheck<String, (prefix: String, service: String)>

    static let keys = ["id", "name", "prefix", "group", "handling_minutes", "handling_spread",
                       "daily_limit", "categories"]

    /// The services, each with the node it came from (for later cross-checks).
    static func parse(_ node: ConfigNode?, references: inout HallReferences) -> [(ServiceConfig, ConfigNode)] {
        guard let node else { return [] }
        guard let items = node.list() else { return [] }
        if items.isEmpty { node.report(.invalidValue, "a hall needs at least one service") }
        var ids = IDCheck()
        var prefixes = PrefixCheck()
        var services: [(ServiceConfig, ConfigNode)] = []
        for item in items {
            guard let map = item.map(allowedKeys: keys) else { continue }
            let errorsBefore = item.diagnostics.count
            let idNode = map.required("id")
            let id = idNode?.identifier()
            if let id, let idNode, ids.claimID(id, at: idNode, item: item) { references.services.append(id) }
            let name = map.localizedText()
            let prefix = map.required("prefix").flatMap { Self.prefix(at: $0, owner: id, claimed: &prefixes) }
            let group = map.optional("group").flatMap(references.group(at:))
            let minutes = map.required("handling_minutes").flatMap(handlingMinutes(at:))
            let spread = map.optionalDouble("handling_spread", in: 0...3) ?? 0.5
            let limit = map.optionalInt("daily_limit", in: 1...100_000)
            let categories = map.optional("categories").flatMap { Self.categories(at: $0, references: references) } ?? []
            guard item.diagnostics.count == errorsBefore, let id, let name, let prefix, let minutes else { continue }
            services.append((ServiceConfig(id: ServiceID(id), name: name, prefix: prefix, group: group,
                                           handlingSeconds: minutes * 60, handlingSpread: spread,
                                           dailyLimit: limit, categories: categories), item))
        }
        return services
    }

    /// A ticket prefix that no other service uses or looks like.
    static func prefix(at node: ConfigNode, owner: String?, claimed: inout PrefixCheck) -> String? {
        guard let prefix = node.string() else { return nil }
        guard TicketPrefix.isValid(prefix) else {
            node.report(.invalidValue, "\(node.found) is not a ticket prefix: write one to three capital "
                        + "letters, all Cyrillic or all Latin, such as «П»")
            return nil
        }
        let fresh = claimed.claim(TicketPrefix.appearance(prefix), by: (prefix, owner ?? node.path.description),
                                  at: node) { first in
            if first.prefix == prefix { return "«\(prefix)» is already used by service \(first.service)" }
            return "«\(prefix)» (\(TicketPrefix.script(prefix))) looks the same as «\(first.prefix)» "
                + "(\(TicketPrefix.script(first.prefix))) of service \(first.service) on a display"
        }
        return fresh ? prefix : nil
    }

    /// More than nothing, and less than a working day.
    static func handlingMinutes(at node: ConfigNode) -> Double? {
        guard let minutes = node.double() else { return nil }
        guard minutes > 0, minutes <= 480 else {
            node.report(.invalidValue, "must be more than 0 and at most 480 minutes, found \(ConfigNode.format(minutes))")
            return nil
        }
        return minutes
    }

    /// A list of category ids, or `all`.
    static func categories(at node: ConfigNode, references: HallReferences) -> [CategoryID]? {
        if case .text(let text) = node.kind, text == "all" {
            return references.categories.map(CategoryID.init)
        }
        guard let items = node.list() else { return nil }
        var seen = UniqueCheck<String, Void>()
        var result: [CategoryID] = []
        for item in items {
            guard let id = references.category(at: item) else { continue }
            if seen.claim(id.rawValue, by: (), at: item, message: { _ in "«\(id)» is listed twice" }) {
                result.append(id)
            }
        }
        return result
    }
}
