import Foundation
public import Logging
public import ServiceLifecycle
public import TalonCore

/// The live demo's visitors and simulated consultants, in accelerated real time.
///
/// Visitors arrive by the config's hourly profile (Poisson) and take tickets; the
/// staffed windows (`simulation.staffed_windows`) are worked by simulated consultants
/// who call, wait for the visitor to walk up, serve for a lognormal time, and mark
/// no-shows. The other windows are left to a person at the console. Everything goes
/// through the real engine, on the ``AcceleratedClock``.
public struct LiveSimulation: Service {
    let engine: HallEngine
    let clock: AcceleratedClock
    let seed: UInt64
    let logger: Logger

    public init(engine: HallEngine, clock: AcceleratedClock, seed: UInt64, logger: Logger) {
        self.engine = engine
        self.clock = clock
        self.seed = seed
        self.logger = logger
    }

    public var description: String { "LiveSimulation" }

    enum Step: Sendable {
        case arrival
        case windowFree(WindowID)
        case reach(WindowID, TicketID)
        case finish(WindowID)
        case noShow(WindowID, TicketID)
        case closeDay
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown { try await loop() }
    }

    func loop() async throws {
        let config = engine.config
        guard let calendar = BusinessCalendar(center: config.center) else { return }
        let profile = config.simulation ?? SimulationProfile(defaultHourly: Array(repeating: 40, count: 24), serviceMix: [:])
        var rng = SeededGenerator(seed: seed)
        let staffed = (profile.staffedWindows ?? config.windows.map(\.id)).sorted()
        let mix = config.services.map { max(profile.serviceMix[$0.id] ?? 1, 0) }
        var n = 0
        func submit(_ c: Command) async -> CommandResult? {
            n += 1
            return try? await engine.submit(c, id: CommandID("demo-\(seed)-\(Int(clock.now().timeIntervalSince1970))-\(n)"))
        }

        while !Task.isCancelled {
            // The next opening (today's if the hall is open now).
            let now = clock.now()
            let today = calendar.businessDay(at: now)
            var opens: Date, closes: Date
            if let h = calendar.openingHours(on: today), now < calendar.instant(on: today, minuteOfDay: h.closesAt) {
                opens = calendar.instant(on: today, minuteOfDay: h.opensAt)
                closes = calendar.instant(on: today, minuteOfDay: h.closesAt)
            } else {
                guard let next = calendar.nextOpening(after: now) else { return }
                let day = calendar.businessDay(at: next)
                guard let h = calendar.openingHours(on: day) else { return }
                opens = next
                closes = calendar.instant(on: day, minuteOfDay: h.closesAt)
            }
            if opens > clock.now() {
                logger.info("demo: night passes", metadata: ["opens": "\(opens)"])
                clock.jump(to: opens.addingTimeInterval(-60))
                try await Task.sleep(for: clock.realDelay(until: opens))
            }
            let weekday = calendar.weekday(of: calendar.businessDay(at: opens))

            var queue: [(Date, Int, Step)] = []
            var order = 0
            func push(_ s: Step, at t: Date) { order += 1; queue.append((t, order, s)) }
            var idle = Set<WindowID>(), busy: [WindowID: (TicketID, ServiceID)] = [:]
            for w in staffed {
                _ = await submit(.signIn(window: w, consultant: ConsultantID("sim-\(w)")))
                _ = await submit(.openWindow(window: w))
                idle.insert(w)
            }
            if let first = nextArrival(after: max(opens, clock.now()), closes: closes, weekday: weekday,
                                       profile: profile, calendar: calendar, rng: &rng) {
                push(.arrival, at: first)
            }
            push(.closeDay, at: closes)
            var closing = false

            while !queue.isEmpty {
                queue.sort { ($0.0, $0.1) < ($1.0, $1.1) }
                let (time, _, step) = queue.removeFirst()
                try await Task.sleep(for: clock.realDelay(until: time))
                let now = clock.now()
                switch step {
                case .arrival:
                    guard !closing else { break }
                    let service = config.services[rng.pick(weights: mix)]
                    let category = rng.unit() < profile.priorityShare ? service.categories.first : nil
                    _ = await submit(.issueTicket(IssueTicket(service: service.id, category: category, kiosk: "demo-kiosk")))
                    for w in idle.sorted() { push(.windowFree(w), at: now) }
                    if let next = nextArrival(after: now, closes: closes, weekday: weekday, profile: profile,
                                              calendar: calendar, rng: &rng) {
                        push(.arrival, at: next)
                    }
                case .windowFree(let w):
                    guard idle.contains(w) else { break }
                    guard let r = await submit(.callNext(window: w)), case .ticket(let a) = r else {
                        if closing { _ = await submit(.closeWindow(window: w)); idle.remove(w) }
                        break
                    }
                    idle.remove(w)
                    busy[w] = (a.ticket.id, a.ticket.service)
                    if rng.unit() < profile.noShowRate {
                        push(.noShow(w, a.ticket.id), at: now.addingTimeInterval(config.policy.noShowTimeoutSeconds))
                    } else {
                        push(.reach(w, a.ticket.id), at: now.addingTimeInterval(10 + rng.unit() * 50))
                    }
                case .reach(let w, let id):
                    guard busy[w]?.0 == id, await submit(.startService(window: w)) != nil,
                          let s = config.service(busy[w]!.1) else {
                        busy[w] = nil; idle.insert(w); push(.windowFree(w), at: now)
                        break
                    }
                    push(.finish(w), at: now.addingTimeInterval(max(60, rng.lognormal(mean: s.handlingSeconds, sigma: s.handlingSpread))))
                case .finish(let w):
                    _ = await submit(.finishService(window: w, outcome: .served))
                    if rng.unit() < profile.ratingRate {
                        _ = await submit(.rate(window: w, score: 3 + Int(rng.unit() * 2), device: "demo-panel"))
                    }
                    busy[w] = nil
                    idle.insert(w)
                    push(.windowFree(w), at: now.addingTimeInterval(5))
                case .noShow(let w, let id):
                    // The engine's tick may have marked it already; then this is refused.
                    if busy[w]?.0 == id { _ = await submit(.markNoShow(window: w)) }
                    busy[w] = nil
                    idle.insert(w)
                    push(.windowFree(w), at: now.addingTimeInterval(5))
                case .closeDay:
                    closing = true
                    for w in idle.sorted() { push(.windowFree(w), at: now) }
                }
                if closing && busy.isEmpty && idle.isEmpty { break }
                if closing && busy.isEmpty { for w in idle.sorted() { _ = await submit(.closeWindow(window: w)) }; break }
            }
            for w in staffed { _ = await submit(.signOut(window: w)) }
            logger.info("demo: the day is over")
        }
    }

    /// The next Poisson arrival after `t` at the profile's hourly rate.
    func nextArrival(after t: Date, closes: Date, weekday: Weekday, profile: SimulationProfile,
                     calendar: BusinessCalendar, rng: inout SeededGenerator) -> Date? {
        var now = t
        while now < closes {
            let minute = calendar.local(now).minute
            let hourEnd = now.addingTimeInterval(Double(60 - minute % 60) * 60 - Double(Int(now.timeIntervalSince1970) % 60))
            let rate = profile.rate(on: weekday, hour: minute / 60)
            if rate > 0 {
                let candidate = now.addingTimeInterval(-log(max(rng.unit(), 1e-12)) * 3600 / rate)
                if candidate < min(hourEnd, closes) { return candidate }
            }
            now = min(hourEnd, closes)
        }
        return nil
    }
}

extension SeededGenerator {
    mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return Int(unit() * Double(weights.count)) % max(weights.count, 1) }
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }

    mutating func lognormal(mean: Double, sigma: Double) -> Double {
        let z = sqrt(-2 * log(max(unit(), 1e-12))) * cos(2 * .pi * unit())
        return mean * exp(sigma * z - sigma * sigma / 2)
    }
}
