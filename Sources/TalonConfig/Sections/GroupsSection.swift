import TalonCore

/// `groups:` — the service tree the kiosk shows («Паспорта и регистрация» → services).
enum GroupsSection {
    static let keys = ["id", "name", "parent"]

    static func parse(_ node: ConfigNode?, references: inout HallReferences) -> [ServiceGroup] {
        guard let items = node.flatMap({ $0.isEmpty ? nil : $0.list() }) else { return [] }
        var ids = IDCheck()
        // Ids first, so that a parent may be defined after its child.
        let maps = items.map { item -> ConfigMap? in
            guard let map = item.map(allowedKeys: keys) else { return nil }
            if let idNode = map.required("id"), let id = idNode.identifier(),
               ids.claimID(id, at: idNode, item: item) {
                references.groups.append(id)
            }
            return map
        }
        let refs = references
        var groups: [ServiceGroup] = []
        var parentNodes: [GroupID: ConfigNode] = [:]
        for map in maps {
            guard let map else { continue }
            let errorsBefore = map.node.diagnostics.count
            let id = map["id"]?.string()
            let name = map.localizedText()
            let parentNode = map.optional("parent")
            let parent = parentNode.flatMap(refs.group(at:))
            guard map.node.diagnostics.count == errorsBefore, let id, let name else { continue }
            if parentNode != nil, parent == nil { continue }
            groups.append(ServiceGroup(id: GroupID(id), name: name, parent: parent))
            if let parentNode { parentNodes[GroupID(id)] = parentNode }
        }
        checkCycles(groups, parentNodes: parentNodes)
        return groups
    }

    /// A group that is its own ancestor would hang the kiosk's tree.
    static func checkCycles(_ groups: [ServiceGroup], parentNodes: [GroupID: ConfigNode]) {
        let parents = Dictionary(groups.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        for group in groups {
            var chain = [group.id]
            var current = parents[group.id] ?? nil
            while let next = current, chain.count <= groups.count {
                if next == group.id {
                    parentNodes[group.id]?.report(.invalidValue, "group «\(group.id)» is inside itself: "
                        + (chain + [group.id]).map(\.rawValue).joined(separator: " → "))
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = parents[next] ?? nil
            }
        }
    }
}
