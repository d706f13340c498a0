public import Foundation

/// Estimates when each waiting ticket will be called.
///
/// Not "position × average time": it plays the calling policy forward on the hall as it
/// is now. Each open window becomes free when its current visitor is expected to leave
/// (the recent mean handling time of that service, less what has already passed, and a
/// walk time for a visitor still on the way); then it calls the ticket the policy would
/// pick at that moment, and is busy for that service's recent mean handling time. A
/// ticket's estimate is the moment it is called in that play. So the estimate accounts
/// for how many open windows serve its service, for windows that serve several services
/// in tiers, for priority categories, bookings and the fairness guard, and for the
/// hall's own recent handling times. With c identical windows and k tickets ahead it
/// reduces to about (k + 1)/(c·μ), the queueing-theory figure (domain.md).
///
/// Tickets that no open window serves are estimated as if every window configured for
/// their service were open (the morning before windows open), and say `openWindows: 0`.
public struct WaitEstimator: Sendable {
    let policy: CallingPolicy
    let windowServices: [WindowID: [ServiceID]]
    let configuredWindows: [ServiceID: Int]

    public init(config: HallConfig) {
        policy = CallingPolicy(config: config)
        windowServices = Dictionary(config.windows.map { ($0.id, $0.services.map(\.service)) },
                                    uniquingKeysWith: { a, _ in a })
        var counts: [ServiceID: Int] = [:]
        for w in config.windows { for s in Set(w.services.map(\.service)) { counts[s, default: 0] += 1 } }
        configuredWindows = counts
    }

    /// `ticket`'s estimate in `state` while it waits; nil once it has been called or has
    /// left. Stops the play as soon as the ticket is placed.
    public func estimate(of ticket: Ticket, in state: HallState, now: Date) -> WaitEstimate? {
        guard ticket.status == .waiting else { return nil }
        return estimates(in: state, now: now, target: ticket.id)[ticket.id]
    }

    /// Estimates for every waiting ticket; with `target`, stops once that one is placed.
    public func estimates(in state: HallState, now: Date, target: TicketID? = nil) -> [TicketID: WaitEstimate] {
        let waiting = state.waiting.count
        if waiting > Self.playLimit { return approximate(in: state, now: now, target: target) }
        var result: [TicketID: WaitEstimate] = [:]
        // Calls each window has made in the play so far: the tickets "ahead" of a ticket
        // are those called before it by windows that serve its service.
        var picks: [WindowID: Int] = [:]

        var free: [(at: Double, window: WindowID)] = []
        for (id, w) in state.windows where w.mode == .open && windowServices[id] != nil {
            free.append((residual(of: w, in: state, now: now), id))
        }
        let open = Set(free.map(\.window))
        if free.isEmpty, let target {
            // No window open (the morning before opening): nothing to play, and the
            // target's place is a count among its own service's tickets.
            guard let t = state.tickets[target], t.status == .waiting else { return result }
            result[target] = unplaced(t, ahead: ahead(of: t, in: state), in: state)
            return result
        }
        var play = Play(state: state, policy: policy)

        while !free.isEmpty {
            // The window free soonest; ties by id so the play is deterministic.
            var i = 0
            for j in 1..<free.count where (free[j].at, free[j].window) < (free[i].at, free[i].window) { i = j }
            let (at, window) = free[i]
            guard let picked = play.pick(for: window, services: windowServices[window] ?? [],
                                         at: now.addingTimeInterval(at)) else {
                free.remove(at: i)
                continue
            }
            var ahead = 0
            var openServing = 0
            for w in open where w == window || serves(w, picked.service) {
                ahead += picks[w, default: 0]
                openServing += 1
            }
            result[picked.id] = WaitEstimate(ahead: ahead, seconds: at, openWindows: max(openServing, 1))
            picks[window, default: 0] += 1
            if picked.id == target { return result }
            free[i].at = at + state.walk.mean + mean(picked.service, state)
        }

        // Tickets no open window will call: as if the service's configured windows were open.
        let left = play.remaining()
        if let target {
            // Only the target's place: a count, not a sort of the whole queue (before the
            // windows open, every ticket is here, and each issue asks for one estimate).
            guard let t = left.first(where: { $0.id == target }) else { return result }
            let mine = order(t)
            let k = left.reduce(0) { n, o in n + (o.service == t.service && order(o) < mine ? 1 : 0) }
            result[target] = unplaced(t, ahead: k, in: state)
            return result
        }
        var aheadInService: [ServiceID: Int] = [:]
        for (_, t) in left.map({ (order($0), $0) }).sorted(by: { $0.0 < $1.0 }) {
            let k = aheadInService[t.service, default: 0]
            aheadInService[t.service] = k + 1
            result[t.id] = unplaced(t, ahead: k, in: state)
        }
        return result
    }

    /// A ticket no open window will call, `k` of its service before it: as if the
    /// service's configured windows were open.
    func unplaced(_ t: Ticket, ahead k: Int, in state: HallState) -> WaitEstimate {
        let c = Double(max(configuredWindows[t.service] ?? 1, 1))
        return WaitEstimate(ahead: k, seconds: Double(k + 1) * mean(t.service, state) / c, openWindows: 0)
    }

    /// Beyond this many waiting tickets the play is replaced by the queueing formula: a
    /// queue that long means hours of waiting, where a minute's precision is worth less
    /// than a command that stays fast.
    static let playLimit = 400

    /// (k + 1)/(c·μ) per service: k tickets of the service due before it, c open windows
    /// serving the service (each counted fully in its first tier, half in later tiers).
    func approximate(in state: HallState, now: Date, target: TicketID?) -> [TicketID: WaitEstimate] {
        var open: [ServiceID: Double] = [:]
        var openCount: [ServiceID: Int] = [:]
        for (id, w) in state.windows where w.mode == .open {
            for s in windowServices[id] ?? [] {
                let tier = policy.windows[id]?[s] ?? 1
                open[s, default: 0] += tier == 1 ? 1 : 0.5
                openCount[s, default: 0] += 1
            }
        }
        func estimate(_ t: Ticket, ahead k: Int) -> WaitEstimate {
            let c = open[t.service] ?? Double(max(configuredWindows[t.service] ?? 1, 1))
            let per = (mean(t.service, state) + state.walk.mean) / max(c, 0.5)
            return WaitEstimate(ahead: k, seconds: Double(k + 1) * per, openWindows: openCount[t.service] ?? 0)
        }
        if let target, let t = state.tickets[target], t.status == .waiting {
            return [target: estimate(t, ahead: ahead(of: t, in: state))]
        }
        var byService: [ServiceID: [Ticket]] = [:]
        for t in state.waitingTickets { byService[t.service, default: []].append(t) }
        var result: [TicketID: WaitEstimate] = [:]
        for (_, list) in byService {
            for (k, t) in list.sorted(by: { order($0) < order($1) }).enumerated() { result[t.id] = estimate(t, ahead: k) }
        }
        return result
    }

    /// The policy's order within a tier: due time, then issue time, number and id.
    func order(_ t: Ticket) -> (Date, Date, Int, TicketID) {
        (policy.dueAt(t), t.issuedAt, t.number, t.id)
    }

    /// How many waiting tickets of `t`'s service come before it in ``order(_:)``: a count
    /// over the queue's compact entries, with no ticket copied.
    func ahead(of t: Ticket, in state: HallState) -> Int {
        let mine = order(t)
        return state.waiting.entries(of: t.service).reduce(0) { k, entry in
            let (id, e) = entry
            return k + ((policy.dueAt(e), e.issuedAt, e.number, id) < mine ? 1 : 0)
        }
    }

    func serves(_ window: WindowID, _ service: ServiceID) -> Bool {
        policy.serves(window, service)
    }

    func mean(_ service: ServiceID, _ state: HallState) -> Double {
        state.handling[service]?.mean ?? 600
    }

    /// Seconds until a window is expected to be free to call.
    func residual(of w: WindowState, in state: HallState, now: Date) -> Double {
        guard let id = w.current, let t = state.tickets[id] else { return 0 }
        let m = mean(t.service, state)
        switch t.status {
        case .serving:
            let elapsed = now.timeIntervalSince(t.startedAt ?? now)
            // A visitor past the mean is not about to leave: keep a fifth of the mean.
            return max(m - elapsed, 0.2 * m)
        case .called:
            let elapsed = now.timeIntervalSince(t.calledAt ?? now)
            return max(state.walk.mean - elapsed, 10) + m
        default:
            return 0
        }
    }
}
