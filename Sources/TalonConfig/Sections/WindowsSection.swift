import TalonCore

/// `windows:` — the counters, the number visitors see, and the services each serves:
///
/// ```yaml
/// - id: w1
///   number: 1
///   services: [passport, {service: registration, priority: 2}]
/// ```
///
/// A bare service id has priority 1.
enum WindowsSection {
    static let keys = ["id", "number", "services"]
    static let serviceKeys = ["service", "priority"]

    static func parse(_ node: ConfigNode?, references: inout HallReferences) -> [WindowConfig] {
        guard let node else { return [] }
        guard let items = node.list() else { return [] }
        if items.isEmpty { node.report(.invalidValue, "a hall needs at least one window") }
        var ids = IDCheck()
        var numbers = UniqueCheck<Int, String>()
        var windows: [WindowConfig] = []
        for item in items {
            guard let map = item.map(allowedKeys: keys) else { continue }
            let errorsBefore = item.diagnostics.count
            let idNode = map.required("id")
            let id = idNode?.identifier()
            if let id, let idNode, ids.claimID(id, at: idNode, item: item) { references.windows.append(id) }
            let numberNode = map.required("number")
            let number = numberNode?.int(in: 1...9999)
            if let number, let numberNode {
                numbers.claim(number, by: id ?? item.path.description, at: numberNode,
                              message: { "window number \(number) is already used by window \($0)" })
            }
            let services = map.required("services").flatMap { Self.services(at: $0, references: references) }
            guard item.diagnostics.count == errorsBefore, let id, let number, let services else { continue }
            windows.append(WindowConfig(id: WindowID(id), number: number, services: services))
        }
        return windows
    }

    static func services(at node: ConfigNode, references: HallReferences) -> [WindowService]? {
        guard let items = node.list() else { return nil }
        guard !items.isEmpty else {
            node.report(.invalidValue, "a window must serve at least one service")
            return nil
        }
        var seen = UniqueCheck<ServiceID, Void>()
        var result: [WindowService] = []
        for item in items {
            let serviceNode: ConfigNode?
            var priority: Int? = 1
            if case .text = item.kind {
                serviceNode = item
            } else {
                guard let map = item.map(allowedKeys: serviceKeys) else { continue }
                serviceNode = map.required("service")
                priority = map.optionalInt("priority", in: 1...9) ?? (map.optional("priority") == nil ? 1 : nil)
            }
            guard let serviceNode, let service = references.service(at: serviceNode), let priority else { continue }
            if seen.claim(service, by: (), at: serviceNode, message: { _ in "«\(service)» is listed twice" }) {
                result.append(WindowService(service: service, priority: priority))
            }
        }
        return result
    }
}
