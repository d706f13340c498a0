import Yams

/// A map of a device item read over the same map of its profile: the device's keys
/// first, then the profile's keys the device does not have.
///
/// Each part keeps its own node, so an error in a value from the profile is reported
/// at the profile file's line, and an error in the device's value at the hall file's.
struct MergedMap {
    /// The merged entries. Its node is the device's map, or a stand-in at the device
    /// item when only the profile has the key, so "missing key" points at the device.
    let map: ConfigMap
    /// The device's part and the profile's part, for key checks.
    let parts: [ConfigMap]

    /// The merge of `device[key]` over `profile[key]`, or `nil` if neither has a map
    /// there (a value of the wrong kind is reported).
    init?(_ device: ConfigMap, _ profile: ConfigMap?, key: String, owner: ConfigNode) {
        let mine = device.optional(key)?.map()
        let theirs = profile?.optional(key)?.map()
        guard mine != nil || theirs != nil else { return nil }
        let node = mine?.node ?? ConfigNode.standIn(at: owner, key: key)
        let own = mine?.entries ?? []
        let inherited = (theirs?.entries ?? []).filter { entry in !own.contains { $0.key == entry.key } }
        map = ConfigMap(node: node, entries: own + inherited)
        parts = [mine, theirs].compactMap { $0 }
    }

    /// Reports keys not in `allowed`, each in the file it was written in.
    func checkKeys(allowed: [String]) {
        for part in parts { part.checkKeys(allowed: allowed) }
    }
}

extension ConfigNode {
    /// An empty node at `owner`'s line with the path `owner.key`: where to report what
    /// is missing from a map that only a profile provides.
    static func standIn(at owner: ConfigNode, key: String) -> ConfigNode {
        ConfigNode(Node("", Tag(.null), .plain), path: owner.path.appending(key: key),
                   diagnostics: owner.diagnostics, fallbackLine: owner.line)
    }

    /// A node standing for the key of `entry` in `map`, for errors about the key itself.
    static func key(_ entry: ConfigMap.Entry, of map: ConfigMap) -> ConfigNode {
        ConfigNode(Node("", Tag(.null), .plain), path: map.path.appending(key: entry.key),
                   diagnostics: map.node.diagnostics, fallbackLine: entry.keyLine)
    }
}
