/// A service the hall offers, with its ticket prefix and expected handling time.
public struct ServiceConfig: Sendable, Codable, Hashable, Identifiable {
    public var id: ServiceID
    public var name: LocalizedText
    /// Letters before the number on the ticket: «П» gives «П042».
    public var prefix: String
    /// The node of the service tree the kiosk shows it under.
    public var group: GroupID?
    /// Expected handling time in seconds, before the hall has its own history.
    public var handlingSeconds: Double
    /// Spread of handling times (the σ of a lognormal), for simulation and estimates.
    public var handlingSpread: Double
    /// At most this many tickets per business day; `nil` is unlimited.
    public var dailyLimit: Int?
    /// Priority categories a visitor may claim for this service; empty allows none.
    public var categories: [CategoryID]

    public init(id: ServiceID, name: LocalizedText, prefix: String, group: GroupID? = nil,
                handlingSeconds: Double, handlingSpread: Double = 0.5, dailyLimit: Int? = nil,
                categories: [CategoryID] = []) {
        self.id = id
        self.name = name
        self.prefix = prefix
        self.group = group
        self.handlingSeconds = handlingSeconds
        self.handlingSpread = handlingSpread
        self.dailyLimit = dailyLimit
        self.categories = categories
    }
}

/// A node of the service tree shown on the kiosk («Паспорта и регистрация»).
public struct ServiceGroup: Sendable, Codable, Hashable, Identifiable {
    public var id: GroupID
    public var name: LocalizedText
    public var parent: GroupID?

    public init(id: GroupID, name: LocalizedText, parent: GroupID? = nil) {
        self.id = id
        self.name = name
        self.parent = parent
    }
}

/// A priority category: its tickets are due earlier by `advanceSeconds`.
public struct PriorityCategory: Sendable, Codable, Hashable, Identifiable {
    public var id: CategoryID
    public var name: LocalizedText
    /// How much earlier than its issue time a ticket of this category is due.
    public var advanceSeconds: Double

    public init(id: CategoryID, name: LocalizedText, advanceSeconds: Double) {
        self.id = id
        self.name = name
        self.advanceSeconds = advanceSeconds
    }
}
