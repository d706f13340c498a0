import Foundation
import TalonCore

/// The simulated visitors and consultants of a hall, on the real engine: visitors arrive
/// by the config's hourly profile (Poisson) and take tickets; the staffed windows
/// (`simulation.staffed_windows`, all by default) call them, the visitor walks up, is
/// served for a lognormal time, sometimes never comes (the engine's time-out makes it a
/// no-show), and sometimes presses a smiley.
///
/// The batch ``Simulation`` and the live demo (``LiveSimulation``) run their days with
/// it; they differ only in the speed of their ``VirtualClock``.
struct SimulatedHall {
    let engine: HallEngine
    let clock: VirtualClock
    let config: HallConfig
    let calendar: BusinessCalendar
    let profile: SimulationProfile
    let staffed: [WindowID]
    /// Service weights, in the order of `config.services`.
    let mix: [Double]
    let commandPrefix: String
    var rng: SeededGenerator
    var recorder: SimulationRecorder
    var commandNumber = 0

    enum Step {
        case arrival
        case windowFree(WindowID)
        case reachWindow(WindowID, TicketID)
        case serviceEnd(WindowID)
        case rate(WindowID)
        case tick
        case closeDay
    }

    /// - Parameter commandPrefix: Command ids are `<prefix>-<n>`.
    init(engine: HallEngine, clock: VirtualClock, calendar: BusinessCalendar, seed: UInt64, commandPrefix: String) {
        self.engine = engine
        self.clock = clock
        let config = engine.config
        let profile = config.simulation ?? SimulationProfile(defaultHourly: Array(repeating: 40, count: 24),
                                                             serviceMix: [:])
        self.config = config
        self.calendar = calendar
        self.profile = profile
        staffed = (profile.staffedWindows ?? config.windows.map(\.id)).sorted()
        mix = config.services.map { max(profile.serviceMix[$0.id] ?? 1, 0) }
        self.commandPrefix = commandPrefix
        rng = SeededGenerator(seed: seed)
        recorder = SimulationRecorder(config: config)
    }

    /// Submits `command`; a refusal is counted and gives `nil`, a journal failure throws.
    mutating func submit(_ command: Command) async throws -> CommandResult? {
        commandNumber += 1
        do {
            return try await engine.submit(command, id: CommandID("\(commandPrefix)-\(commandNumber)"))
        } catch let error as HallError where error.code != .journalFailed {
            recorder.refused += 1
            return nil
        }
    }

    /// One business day, from `start` (the opening by default; later when the day is
    /// under way) until the staffed windows have served everyone and closed; then the
    /// clock moves to the next business day, whose first tick cancels whoever still
    /// waits. A day the hall is closed passes without anything happening.
    mutating func runDay(_ day: BusinessDay, from start: Date? = nil) async throws {
        guard let hours = calendar.openingHours(on: day) else { return }
        let weekday = calendar.weekday(of: day)
        let opens = max(calendar.instant(on: day, minuteOfDay: hours.opensAt), start ?? .distantPast)
        let closes = calendar.instant(on: day, minuteOfDay: hours.closesAt)
        var queue = EventQueue<Step>()
        var idle = Set<WindowID>()
        var busy: [WindowID: (ticket: TicketID, service: ServiceID)] = [:]

        try await clock.wait(until: opens)
        for w in staffed {
            _ = try await submit(.signIn(window: w, consultant: ConsultantID("sim-\(w)")))
            _ = try await submit(.openWindow(window: w))
            idle.insert(w)
        }
        queue.push(.arrival, at: nextArrival(after: opens, until: closes, weekday: weekday) ?? closes)
        queue.push(.tick, at: opens.addingTimeInterval(30))
        queue.push(.closeDay, at: closes)
        var closing = false

        while let (time, step) = queue.pop() {
            try await clock.wait(until: time)
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
                if let next = nextArrival(after: time, until: closes, weekday: weekday) {
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

    /// The next Poisson arrival after `t` with the hourly rate of the profile (thinning
    /// by hour: exponential gaps at the current hour's rate, re-drawn at hour changes).
    mutating func nextArrival(after t: Date, until closes: Date, weekday: Weekday) -> Date? {
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
