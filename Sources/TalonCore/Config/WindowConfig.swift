/// A window (counter) and the services it serves.
public struct WindowConfig: Sendable, Codable, Hashable, Identifiable {
    public var id: WindowID
    /// The number shown to visitors: «окно 5».
    public var number: Int
    /// Services in order of preference; see ``WindowService``.
    public var services: [WindowService]

    public init(id: WindowID, number: Int, services: [WindowService]) {
        self.id = id
        self.number = number
        self.services = services
    }

    /// Whether this window serves `service` at all.
    public func serves(_ service: ServiceID) -> Bool {
        services.contains { $0.service == service }
    }

    /// The priority tier of `service` at this window (1 is first), or `nil`.
    public func tier(of service: ServiceID) -> Int? {
        services.first { $0.service == service }?.priority
    }
}

/// One service at a window, with its priority tier.
///
/// A window calls from its first tier (priority 1) while tickets of those services
/// wait, and from the next tier only when the first is empty — the usual "main and
/// helping services" arrangement of a hall. The fairness guard overrides tiers.
public struct WindowService: Sendable, Codable, Hashable {
    public var service: ServiceID
    public var priority: Int

    public init(service: ServiceID, priority: Int = 1) {
        self.service = service
        self.priority = priority
    }
}
