/// Finds values used twice within a section: ids, prefixes, window numbers.
///
/// The first use wins; each later one is reported at its own node, with a message that
/// can name the first owner.
struct UniqueCheck<Key: Hashable, Owner> {
    private var firstUse: [Key: Owner] = [:]

    /// Records `key` as used by `owner`; if it was used before, reports at `node` the
    /// message built from the first owner and returns false.
    @discardableResult
    mutating func claim(_ key: Key, by owner: Owner, at node: ConfigNode,
                        message: (_ firstOwner: Owner) -> String) -> Bool {
        if let first = firstUse[key] {
            node.report(.duplicate, message(first))
            return false
        }
        firstUse[key] = owner
        return true
    }
}

/// Unique ids within one section.
typealias IDCheck = UniqueCheck<String, String>

extension UniqueCheck where Key == String, Owner == String {
    /// Claims the id at `node` for `item`; a second use is reported as
    /// "«passport» is already the id of services[0] (line 31)".
    @discardableResult
    mutating func claimID(_ id: String, at node: ConfigNode, item: ConfigNode) -> Bool {
        claim(id, by: "\(item.path) (line \(item.line))", at: node) { first in
            "\(ConfigNode.quote(id)) is already the id of \(first)"
        }
    }
}
