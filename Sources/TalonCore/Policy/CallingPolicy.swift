public import Foundation

/// Picks the ticket a window calls next, and says why.
///
/// The rules, in order (domain.md, "Calling policy"):
/// 1. **Fairness guard.** A ticket the window may serve that has waited `maxWait` or more
///    goes first, the longest-waiting first, whatever its tier or category — so no ticket
///    waits much past the maximum while others jump it.
/// 2. **Transferred here.** A ticket transferred to this very window (tier 0).
/// 3. **Tiers.** The window's priority-1 services before its priority-2 services, and so
///    on: a passport window helps with consultations only when no passport visitor waits.
/// 4. **Earliest due.** Within a tier, the earliest due time: the issue time, moved
///    earlier by the priority category's advance, or for a checked-in booking the slot
///    time less the appointment advance.
/// 5. Ties: the earlier issue time, the lower number, then the ticket id — never the
///    order of a dictionary.
///
/// A window never calls a ticket of a service it does not serve, except one transferred
/// to it by name.
public struct CallingPolicy: Sendable {
    let windows: [WindowID: [ServiceID: Int]]
    let advance: [CategoryID: Double]
    let policy: PolicyConfig

    public init(config: HallConfig) {
        var windows: [WindowID: [ServiceID: Int]] = [:]
        for w in config.windows {
            var tiers: [ServiceID: Int] = [:]
            for s in w.services { tiers[s.service] = min(tiers[s.service] ?? .max, s.priority) }
            windows[w.id] = tiers
        }
        self.windows = windows
        self.advance = Dictionary(config.categories.map { ($0.id, $0.advanceSeconds) },
                                  uniquingKeysWith: { a, _ in a })
        self.policy = config.policy
    }

    /// When `ticket` is due: what orders tickets within a tier.
    public func dueAt(_ ticket: Ticket) -> Date {
        dueAt(issuedAt: ticket.issuedAt, slotAt: ticket.slotAt, category: ticket.category)
    }

    /// When a ticket in the queue is due, from what its order depends on.
    public func dueAt(_ entry: WaitingQueue.Entry) -> Date {
        dueAt(issuedAt: entry.issuedAt, slotAt: entry.slotAt, category: entry.category)
    }

    private func dueAt(issuedAt: Date, slotAt: Date?, category: CategoryID?) -> Date {
        if let slot = slotAt {
            return slot.addingTimeInterval(-policy.appointmentAdvanceSeconds)
        }
        if let category, let seconds = advance[category] {
            return issuedAt.addingTimeInterval(-seconds)
        }
        return issuedAt
    }

    /// Whether `window` may call `ticket` at all (ignoring its status).
    public func mayServe(_ window: WindowID, _ ticket: Ticket) -> Bool {
        if let target = ticket.targetWindow { return target == window }
        return windows[window]?[ticket.service] != nil
    }

    /// Whether `window` serves `service`.
    public func serves(_ window: WindowID, _ service: ServiceID) -> Bool {
        windows[window]?[service] != nil
    }

    /// The ticket `window` should call now, with the reason; `nil` when none waits.
    public func next(for window: WindowID, among tickets: some Sequence<Ticket>, now: Date) -> (Ticket, CallReason)? {
        var best: (key: RankKey, ticket: Ticket)?
        for t in tickets where t.status == .waiting {
            guard let key = rank(t, at: window, now: now) else { continue }
            if best == nil || key < best!.key { best = (key, t) }
        }
        guard let best else { return nil }
        return (best.ticket, reason(for: best.ticket, key: best.key))
    }

    /// Every ticket `window` may call, in the order it would call them, with reasons:
    /// what the console shows.
    public func ranked(for window: WindowID, among tickets: some Sequence<Ticket>, now: Date) -> [(Ticket, CallReason)] {
        tickets.filter { $0.status == .waiting }
            .compactMap { t in rank(t, at: window, now: now).map { ($0, t) } }
            .sorted { $0.0 < $1.0 }
            .map { ($0.1, reason(for: $0.1, key: $0.0)) }
    }

    /// The ordering key of a ticket at a window, or `nil` if the window may not call it.
    func rank(_ t: Ticket, at window: WindowID, now: Date) -> RankKey? {
        let tier: Int
        if let target = t.targetWindow {
            guard target == window else { return nil }
            tier = 0
        } else {
            guard let configured = windows[window]?[t.service] else { return nil }
            tier = configured
        }
        let overdue = now.timeIntervalSince(t.issuedAt) >= policy.maxWaitSeconds
        let due = dueAt(t)
        return RankKey(overdue: overdue, tier: overdue ? 0 : tier,
                       time: overdue ? t.issuedAt.timeIntervalSinceReferenceDate : due.timeIntervalSinceReferenceDate,
                       issued: t.issuedAt.timeIntervalSinceReferenceDate, number: t.number, id: t.id.rawValue,
                       configuredTier: tier, due: due)
    }

    func reason(for t: Ticket, key: RankKey) -> CallReason {
        let kind: CallReason.Kind = key.overdue ? .fairnessGuard
            : key.configuredTier == 0 ? .transferredHere : .earliestDue
        return CallReason(kind: kind, tier: key.configuredTier, dueAt: key.due,
                          category: t.category, appointment: t.slotAt != nil)
    }
}

/// Orders candidates: overdue first, then tier, then time, then issue time, then id.
struct RankKey: Comparable {
    var overdue: Bool
    var tier: Int
    var time: Double
    var issued: Double
    var number: Int
    var id: String
    var configuredTier: Int
    var due: Date

    static func < (a: RankKey, b: RankKey) -> Bool {
        if a.overdue != b.overdue { return a.overdue }
        if a.tier != b.tier { return a.tier < b.tier }
        if a.time != b.time { return a.time < b.time }
        if a.issued != b.issued { return a.issued < b.issued }
        if a.number != b.number { return a.number < b.number }
        return a.id < b.id
    }

    static func == (a: RankKey, b: RankKey) -> Bool {
        a.overdue == b.overdue && a.tier == b.tier && a.time == b.time && a.issued == b.issued && a.number == b.number && a.id == b.id
    }
}
