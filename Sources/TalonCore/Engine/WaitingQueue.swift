/// The ids of the tickets waiting to be called (not postponed), grouped by service.
///
/// The policy and the estimates look at the queue rather than at the whole day's
/// tickets, and a question about one service ("how many before this new ticket?",
/// "how many wait for passports?") looks at that service's tickets only: with a
/// thousand visitors waiting across eight services, an issue no longer walks all of them.
public struct WaitingQueue: Sendable, Codable, Hashable, Sequence {
    private var byService: [ServiceID: Set<TicketID>] = [:]
    /// How many tickets wait, over all services.
    public private(set) var count = 0

    public init() {}

    /// Whether no ticket waits.
    public var isEmpty: Bool { count == 0 }

    /// The ids of the tickets of `service` that wait, in no particular order.
    public func ids(of service: ServiceID) -> Set<TicketID> {
        byService[service] ?? []
    }

    /// How many tickets wait for `service`.
    public func count(of service: ServiceID) -> Int {
        byService[service]?.count ?? 0
    }

    /// How many tickets wait, per service with at least one.
    public var counts: [ServiceID: Int] {
        byService.compactMapValues { $0.isEmpty ? nil : $0.count }
    }

    /// Whether `id` waits.
    public func contains(_ id: TicketID) -> Bool {
        byService.values.contains { $0.contains(id) }
    }

    /// `id` now waits for `service`.
    mutating func insert(_ id: TicketID, service: ServiceID) {
        if byService[service, default: []].insert(id).inserted { count += 1 }
    }

    /// `id` no longer waits for `service`.
    mutating func remove(_ id: TicketID, service: ServiceID) {
        guard byService[service]?.remove(id) != nil else { return }
        count -= 1
        if byService[service]?.isEmpty == true { byService[service] = nil }
    }

    /// Keeps only the ids for which `keep` holds.
    mutating func retain(where keep: (TicketID) -> Bool) {
        for (service, ids) in byService {
            let kept = ids.filter(keep)
            count -= ids.count - kept.count
            byService[service] = kept.isEmpty ? nil : kept
        }
    }

    public func makeIterator() -> FlattenSequence<Dictionary<ServiceID, Set<TicketID>>.Values>.Iterator {
        byService.values.joined().makeIterator()
    }
}
