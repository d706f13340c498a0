import Foundation

/// The waiting tickets of a hall, indexed so the calling policy can be played forward
/// quickly: per service (and per target window) sorted by due time and by issue time.
/// A pick looks only at the heads of the window's lists, so a whole play costs
/// O(n · services per window) instead of O(n²).
struct Play {
    private var items: [Ticket]
    private var taken: [Bool]
    private var byDue: [String: [Int]] = [:]
    private var byIssue: [String: [Int]] = [:]
    private var heads: [String: (due: Int, issue: Int)] = [:]
    let policy: CallingPolicy

    init(state: HallState, policy: CallingPolicy, now: Date) {
        self.policy = policy
        items = state.waitingTickets
        taken = Array(repeating: false, count: items.count)
        var due: [String: [Int]] = [:]
        for (i, t) in items.enumerated() { due[Play.key(t), default: []].append(i) }
        let dues = items.map { policy.dueAt($0) }
        for (k, list) in due {
            byDue[k] = list.sorted {
                (dues[$0], items[$0].issuedAt, items[$0].number, items[$0].id) <
                    (dues[$1], items[$1].issuedAt, items[$1].number, items[$1].id)
            }
            byIssue[k] = list.sorted {
                (items[$0].issuedAt, items[$0].number, items[$0].id) < (items[$1].issuedAt, items[$1].number, items[$1].id)
            }
            heads[k] = (0, 0)
        }
    }

    static func key(_ t: Ticket) -> String {
        if let w = t.targetWindow { return "w:" + w.rawValue }
        return "s:" + t.service.rawValue
    }

    /// The ticket `window` would call at `at`, taken out of the play.
    mutating func pick(for window: WindowID, services: [ServiceID], at: Date) -> Ticket? {
        var best: (RankKey, Int)?
        for k in ["w:" + window.rawValue] + services.map({ "s:" + $0.rawValue }) {
            for i in heads(k) {
                guard let key = policy.rank(items[i], at: window, now: at) else { continue }
                if best == nil || key < best!.0 { best = (key, i) }
            }
        }
        guard let (_, i) = best else { return nil }
        taken[i] = true
        return items[i]
    }

    /// The first untaken ticket of a list by due time and by issue time.
    private mutating func heads(_ k: String) -> [Int] {
        guard var h = heads[k], let due = byDue[k], let issue = byIssue[k] else { return [] }
        while h.due < due.count, taken[due[h.due]] { h.due += 1 }
        while h.issue < issue.count, taken[issue[h.issue]] { h.issue += 1 }
        heads[k] = h
        var out: [Int] = []
        if h.due < due.count { out.append(due[h.due]) }
        if h.issue < issue.count { out.append(issue[h.issue]) }
        return out
    }

    /// Tickets no window took.
    func remaining() -> [Ticket] {
        items.indices.filter { !taken[$0] }.map { items[$0] }
    }
}
