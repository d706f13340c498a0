import Foundation
public import TalonCore

/// A discrete-event simulation of a hall that drives the real engine and a real journal
/// on a virtual clock: visitors arrive by the config's hourly profile (Poisson), take
/// tickets, walk to the window when called, are served for a lognormal time, sometimes
/// never come, and sometimes press a smiley. The same seed gives the same run.
public struct Simulation: Sendable {
    public var config: HallConfig
    public var days: Int
    public var seed: UInt64
    /// The first simulated business day (a fixed date, so runs do not depend on today).
    public var firstDay: BusinessDay

    public init(config: HallConfig, days: Int, seed: UInt64,
                firstDay: BusinessDay = BusinessDay(year: 2026, month: 11, day: 23)) {
        self.config = config
        self.days = days
        self.seed = seed
        self.firstDay = firstDay
    }

    enum Step {
        case arrival
        case windowFree(WindowID)
        case reachWindow(WindowID, TicketID)
        case serviceEnd(WindowID)
        case rate(WindowID)
        case tick
        case closeDay
    }

    /// Runs the simulation against `journal`, returning what happened.
    public func run(journal: any Journal) async throws -> SimulationReport {
        guard let calendar = BusinessCalendar(center: config.center) else {
            throw HallError(.conflict, "unknown time zone \(config.center.timeZone)")
        }
        let profile = config.simulation ?? SimulationProfile(defaultHourly: Array(repeating: 40, count: 24),
                                                             serviceMix: [:])
        var rng = SeededGenerator(seed: seed)
        let clock = VirtualClock(calendar.instant(on: firstDay, minuteOfDay: calendar.startHour * 60))
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        var recorder = SimulationRecorder(config: config)
        let staffed = (profile.staffedWindows ?? config.windows.map(\.id)).sorted()
        let mix = config.services.map { max(profile.serviceMix[$0.id] ?? 1, 0) }
        var commandNumber = 0
        func submit(_ command: Command) async throws -> CommandResult? {
            commandNumber += 1
            do {
                return try await engine.submit(command, id: CommandID("sim-\(seed)-\(commandNumber)"))
            } catch let error as HallError where error.code != .journalFailed {
                recorder.refused += 1
                return nil
            }
        }

        for offset in 0..<days {
            let day = calendar.shifted(firstDay, by: offset)
            guard let hours = calendar.openingHours(on: day) else { continue }
            let weekday = calendar.weekday(of: day)
            let opens = calendar.instant(on: day, minuteOfDay: hours.opensAt)
            let closes = calendar.instant(on: day, minuteOfDay: hours.closesAt)
            var queue = EventQueue<Step>()
            var idle = Set<WindowID>()
            var busy: [WindowID: (ticket: TicketID, service: ServiceID)] = [:]

            clock.set(opens)
            for w in staffed {
                _ = try await submit(.signIn(window: w, consultant: ConsultantID("sim-\(w)")))
                _ = try await submit(.openWindow(window: w))
                idle.insert(w)
            }
            queue.push(.arrival, at: nextArrival(after: opens, until: closes, weekday: weekday,
                                                 profile: profile, calendar: calendar, rng: &rng) ?? closes)
            queue.push(.tick, at: opens.addingTimeInterval(30))
            queue.push(.closeDay, at: closes)
            var closing = false

            while let (time, step) = queue.pop() {
                clock.set(time)
                switch step {
                case .arrival:
                    guard !closing, time < closes else { break }
                    let service = config.services[rng.pick(weights: mix)]
                    let category = rng.unit() < profile.priorityShare ? service.categories.first : nil
                    if let r = try await submit(.issueTicket(IssueTicket(service: service.id, category: category))),
                       case .ticket(let a) = r {
                        recorder.issued(a, at: time)
                        for w in idle.sorted() { queue.push(.windowFree(w), at: time) }
                        recorder.observeQueue(await engine.current)
                    }
                    if let next = nextArrival(after: time, until: closes, weekday: weekday, profile: profile,
                                              calendar: calendar, rng: &rng) {
                        queue.push(.arrival, at: next)
                    }

                case .windowFree(let w):
                    guard idle.contains(w) else { break }
                    guard let r = try await submit(.callNext(window: w)), case .ticket(let a) = r else {
                        if closing { _ = try await submit(.closeWindow(window: w)); idle.remove(w) }
                        break
                    }
                    idle.remove(w)
                    busy[w] = (a.ticket.id, a.ticket.service)
                    recorder.called(a, at: time)
                    if rng.unit() < profile.noShowRate {
                        // Nobody comes: the engine's time-out makes it a no-show on a tick.
                        queue.push(.tick, at: time.addingTimeInterval(config.policy.noShowTimeoutSeconds + 1))
                    } else {
                        queue.push(.reachWindow(w, a.ticket.id), at: time.addingTimeInterval(10 + rng.unit() * 50))
                    }

                case .reachWindow(let w, let id):
                    guard busy[w]?.ticket == id, try await submit(.startService(window: w)) != nil else { break }
                    let s = config.service(busy[w]!.service)!
                    let duration = max(60, rng.lognormal(mean: s.handlingSeconds, sigma: s.handlingSpread))
                    queue.push(.serviceEnd(w), at: time.addingTimeInterval(duration))

                case .serviceEnd(let w):
                    if let r = try await submit(.finishService(window: w, outcome: .served)), case .ticket(let a) = r {
                        recorder.finished(a)
                    }
                    busy[w] = nil
                    idle.insert(w)
                    if rng.unit() < profile.ratingRate {
                        queue.push(.rate(w), at: time.addingTimeInterval(3 + rng.unit() * 20))
                    }
                    queue.push(.windowFree(w), at: time.addingTimeInterval(5))

                case .rate(let w):
                    if let r = try await submit(.rate(window: w, score: rng.smiley(), device: "sim-panel")),
                       case .rating(let rating) = r {
                        recorder.rated(rating)
                    }

                case .tick:
                    _ = try await submit(.tick)
                    // A no-show frees its window: whoever was called and never came.
                    let state = await engine.current
                    for (w, b) in busy.sorted(by: { $0.key < $1.key }) where state.windows[w]?.current == nil {
                        if state.tickets[b.ticket]?.status == .noShow { recorder.noShow(b.ticket) }
                        busy[w] = nil
                        idle.insert(w)
                        queue.push(.windowFree(w), at: time)
                    }
                    if !closing || !busy.isEmpty { queue.push(.tick, at: time.addingTimeInterval(30)) }

                case .closeDay:
                    closing = true
                    for w in idle.sorted() { queue.push(.windowFree(w), at: time) }
                }
            }
            // Anyone still waiting at the very end is cancelled with the day.
            clock.set(calendar.instant(on: calendar.shifted(day, by: 1), minuteOfDay: calendar.startHour * 60 + 1))
            _ = try await submit(.tick)
            for w in staffed { _ = try await submit(.signOut(window: w)) }
        }
        await engine.snapshot()
        return recorder.report(seed: seed, days: days)
    }

    /// The next Poisson arrival after `t` with the hourly rate of the profile (thinning
    /// by hour: exponential gaps at the current hour's rate, re-drawn at hour changes).
    func nextArrival(after t: Date, until closes: Date, weekday: Weekday, profile: SimulationProfile,
                     calendar: BusinessCalendar, rng: inout SeededGenerator) -> Date? {
        var now = t
        while now < closes {
            let minute = calendar.local(now).minute
            let hourEnd = now.addingTimeInterval(Double(60 - minute % 60) * 60 - Double(Int(now.timeIntervalSince1970) % 60))
            let rate = profile.rate(on: weekday, hour: minute / 60)  // per hour
            if rate > 0 {
                let gap = rng.exponential(mean: 3600 / rate)
                let candidate = now.addingTimeInterval(gap)
                if candidate < min(hourEnd, closes) { return candidate }
            }
            now = min(hourEnd, closes)
        }
        return nil
    }
}
