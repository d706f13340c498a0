/// A section that is a list of maps, each with a unique id: `printers`, `displays`,
/// `kiosks`, `accounts`.
enum ListSection {
    /// The items of `node` (absent or empty: none), each a map with `keys` whose id at
    /// `idKey` must be unique in the section; `build` reads the rest of an item from its
    /// map and the id (`nil` if the id is bad). An item that recorded any error is left
    /// out, whatever `build` returned.
    static func items<Item>(of node: ConfigNode?, keys: [String], idKey: String = "id",
                            build: (_ map: ConfigMap, _ id: String?) -> Item?) -> [Item] {
        guard let node, !node.isEmpty, let items = node.list() else { return [] }
        var ids = IDCheck()
        var result: [Item] = []
        for item in items {
            guard let map = item.map(allowedKeys: keys) else { continue }
            let errorsBefore = item.diagnostics.count
            let idNode = map.required(idKey)
            let id = idNode?.identifier()
            if let id, let idNode { ids.claimID(id, at: idNode, item: item) }
            let built = build(map, id)
            guard item.diagnostics.count == errorsBefore, let built else { continue }
            result.append(built)
        }
        return result
    }
}
