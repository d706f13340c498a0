import TalonCore

/// `categories:` — priority categories and how much earlier their tickets are due.
enum CategoriesSection {
    static let keys = ["id", "name", "advance_minutes"]

    static func parse(_ node: ConfigNode?, references: inout HallReferences) -> [PriorityCategory] {
        guard let items = node.flatMap({ $0.isEmpty ? nil : $0.list() }) else { return [] }
        var ids = IDCheck()
        return items.compactMap { item in
            guard let map = item.map(allowedKeys: keys) else { return nil }
            let errorsBefore = item.diagnostics.count
            let idNode = map.required("id")
            let id = idNode?.identifier()
            if let id, let idNode, ids.claimID(id, at: idNode, item: item) { references.categories.append(id) }
            let name = map.localizedText()
            let advance = map.double("advance_minutes", in: 0...24 * 60)
            guard item.diagnostics.count == errorsBefore, let id, let name, let advance else { return nil }
            return PriorityCategory(id: CategoryID(id), name: name, advanceSeconds: advance * 60)
        }
    }
}
