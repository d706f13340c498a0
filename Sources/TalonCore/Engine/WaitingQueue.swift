public import Foundation

/// The ids of the tickets waiting to be called (not postponed), grouped by service.
///
/// The policy and the estimates look at the queue rather than at the whole day's
/// tickets, and a question about one service ("how many before this new ticket?",
/// "how many wait for passports?") looks at that service's tickets only: with a
/// thousand visitors waiting across eight services, an issue no longer walks all of them.
public struct WaitingQueue: Sendable, Codable, Hashable, Sequence {
    /// What the calling order of a waiting ticket depends on, kept beside its id so that
    /// counting a ticket's place copies no tickets.
    public struct Entry: Sendable, Codable, Hashable {
        public var issuedAt: Date
        public var number: Int
        public var slotAt: Date?
        public var category: CategoryID?

        init(_ t: Ticket) {
            issuedAt = t.issuedAt
            number = t.number
            slotAt = t.slotAt
            category = t.category
        }
    }

    private var byService: [ServiceID: [TicketID: Entry]] = [:]
    /// How many tickets wait, over all services.
    public private(set) var count = 0

    public init() {}

    /// The waiting tickets of `service` with what their order depends on.
    public func entries(of service: ServiceID) -> [TicketID: Entry] {
        byService[service] ?? [:]
    }

    /// How many tickets wait, per service with at least one.
    public var counts: [ServiceID: Int] {
        byService.compactMapValues { $0.isEmpty ? nil : $0.count }
    }

    /// `ticket` now waits for its service.
    mutating func insert(_ ticket: Ticket) {
        if byService[ticket.service, default: [:]].updateValue(Entry(ticket), forKey: ticket.id) == nil { count += 1 }
    }

    /// `id` no longer waits for `service`.
    mutating func remove(_ id: TicketID, service: ServiceID) {
        guard byService[service]?.removeValue(forKey: id) != nil else { return }
        count -= 1
        if byService[service]?.isEmpty == true { byService[service] = nil }
    }

    /// Keeps only the ids for which `keep` holds.
    mutating func retain(where keep: (TicketID) -> Bool) {
        for (service, ids) in byService {
            let kept = ids.filter { keep($0.key) }
            count -= ids.count - kept.count
            byService[service] = kept.isEmpty ? nil : kept
        }
    }

    public func makeIterator() -> FlattenSequence<LazyMapSequence<Dictionary<ServiceID, [TicketID: Entry]>.Values, Dictionary<TicketID, Entry>.Keys>>.Iterator {
        byService.values.lazy.map(\.keys).joined().makeIterator()
    }
}
