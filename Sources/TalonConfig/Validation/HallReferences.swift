import TalonCore

/// The ids a hall defines, for checking references between sections: a window's
/// services, a service's group, a device's window.
///
/// The sections that define ids (categories, groups, services, windows) are read first,
/// and each adds its ids here as soon as it reads them — even for an item with other
/// errors, so that one bad field does not cause a cascade of "unknown service" errors
/// elsewhere. The sections read after them (simulation, devices, displays) only look up.
struct HallReferences {
    var categories: [String] = []
    var groups: [String] = []
    var services: [String] = []
    var windows: [String] = []

    /// The category named at `node`, or `nil` after recording an error.
    func category(at node: ConfigNode) -> CategoryID? {
        resolve(node, among: categories, what: "priority category", section: "categories").map(CategoryID.init)
    }

    /// The service group named at `node`, or `nil` after recording an error.
    func group(at node: ConfigNode) -> GroupID? {
        resolve(node, among: groups, what: "group", section: "groups").map(GroupID.init)
    }

    /// The service named at `node`, or `nil` after recording an error.
    func service(at node: ConfigNode) -> ServiceID? {
        resolve(node, among: services, what: "service", section: "services").map(ServiceID.init)
    }

    /// The window named (by id) at `node`, or `nil` after recording an error.
    func window(at node: ConfigNode) -> WindowID? {
        resolve(node, among: windows, what: "window", section: "windows").map(WindowID.init)
    }

    /// The text at `node` if it is one of `known`; otherwise records "unknown `what`"
    /// with the closest known id, or the list of known ids.
    func resolve(_ node: ConfigNode, among known: [String], what: String, section: String) -> String? {
        guard let id = node.string() else { return nil }
        return check(id, among: known, what: what, section: section, at: node)
    }

    /// `id` if it is one of `known`; otherwise records "unknown `what`" at `node` (used
    /// where the reference is a map key, such as `service_mix`).
    func check(_ id: String, among known: [String], what: String, section: String, at node: ConfigNode) -> String? {
        if known.contains(id) { return id }
        var message = "unknown \(what) \(ConfigNode.quote(id))"
        if let guess = Suggestion.closest(to: id, among: known) {
            message += "; did you mean «\(guess)»?"
        } else if known.isEmpty {
            message += "; no \(what) is defined in «\(section)»"
        } else {
            let shown = known.prefix(12).joined(separator: ", ")
            message += "; the ids in «\(section)» are \(shown)" + (known.count > 12 ? ", …" : "")
        }
        node.report(.unknownReference, message)
        return nil
    }
}
