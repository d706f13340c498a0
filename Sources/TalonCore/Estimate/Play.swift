import Foundation

/// The waiting tickets of a hall, indexed so the calling policy can be played forward
/// quickly: per lane (a service, or a window for tickets transferred to it by name)
/// sorted by due time and by issue time. A pick looks only at the heads of the window's
/// lanes, so a whole play costs O(n · services per window) instead of O(n²).
struct Play {
    /// Where a waiting ticket queues.
    enum LaneKey: Hashable {
        case service(ServiceID)
        case window(WindowID)

        init(_ t: Ticket) {
            self = t.targetWindow.map(LaneKey.window) ?? .service(t.service)
        }
    }

    /// One lane's tickets in the two orders the policy needs, with the first untaken
    /// position of each.
    struct Lane {
        var byDue: [Int]
        var byIssue: [Int]
        var dueHead = 0
        var issueHead = 0
    }

    private var items: [Ticket]
    private var taken: [Bool]
    private var lanes: [LaneKey: Lane] = [:]
    let policy: CallingPolicy

    init(state: HallState, policy: CallingPolicy) {
        self.policy = policy
        items = state.waitingTickets
        taken = Array(repeating: false, count: items.count)
        var members: [LaneKey: [Int]] = [:]
        for (i, t) in items.enumerated() { members[LaneKey(t), default: []].append(i) }
        let dues = items.map { policy.dueAt($0) }
        let items = items
        // The policy's tie-breaks: issue time, number, id.
        func tie(_ a: Int, _ b: Int) -> Bool {
            (items[a].issuedAt, items[a].number, items[a].id) < (items[b].issuedAt, items[b].number, items[b].id)
        }
        for (key, list) in members {
            let byIssue = list.sorted(by: tie)
            let byDue = list.sorted { dues[$0] != dues[$1] ? dues[$0] < dues[$1] : tie($0, $1) }
            lanes[key] = Lane(byDue: byDue, byIssue: byIssue)
        }
    }

    /// The ticket `window` would call at `at`, taken out of the play.
    mutating func pick(for window: WindowID, services: [ServiceID], at: Date) -> Ticket? {
        var best: (RankKey, Int)?
        for key in [LaneKey.window(window)] + services.map(LaneKey.service) {
            for i in heads(key) {
                guard let rank = policy.rank(items[i], at: window, now: at) else { continue }
                if best == nil || rank < best!.0 { best = (rank, i) }
            }
        }
        guard let (_, i) = best else { return nil }
        taken[i] = true
        return items[i]
    }

    /// The first untaken ticket of a lane by due time and by issue time.
    private mutating func heads(_ key: LaneKey) -> [Int] {
        guard var lane = lanes[key] else { return [] }
        while lane.dueHead < lane.byDue.count, taken[lane.byDue[lane.dueHead]] { lane.dueHead += 1 }
        while lane.issueHead < lane.byIssue.count, taken[lane.byIssue[lane.issueHead]] { lane.issueHead += 1 }
        lanes[key] = lane
        return [lane.byDue[safe: lane.dueHead], lane.byIssue[safe: lane.issueHead]].compactMap { $0 }
    }

    /// Tickets no window took.
    func remaining() -> [Ticket] {
        items.indices.filter { !taken[$0] }.map { items[$0] }
    }
}

private extension Array {
    subscript(safe i: Int) -> Element? { i < count ? self[i] : nil }
}
