public import Foundation

/// The live state of the hall: a fold of the journal's events.
///
/// Holds only what the engine needs to decide: live tickets and the current business
/// day's finished ones, windows, counters, bookings and handling statistics. History
/// lives in the journal's read models, so the state — and a snapshot of it — stays
/// small however long the hall has run.
public struct HallState: Sendable, Codable, Hashable {
    /// Sharded: a copy a reader holds makes the next change cost a shard, not the day.
    public internal(set) var tickets: ShardedDictionary<TicketID, Ticket> = [:]
    /// The tickets waiting to be called, by service, so the policy and the estimates look
    /// at the queue, not at the whole day's tickets.
    public internal(set) var waiting = WaitingQueue()
    public internal(set) var windows: [WindowID: WindowState] = [:]
    /// Per service: the business day and the last counter value issued that day.
    public internal(set) var counters: [ServiceID: DayCounter] = [:]
    /// Printed numbers of live tickets, as `day/label`: never reused within a business
    /// day while their ticket lives.
    public internal(set) var liveLabels: Set<String> = []
    public internal(set) var appointments: [AppointmentCode: Appointment] = [:]
    /// Document-readiness notices by application number.
    public internal(set) var notices: [ApplicationNumber: ReadinessNotice] = [:]
    /// Tickets by their live-page token (``Ticket/publicToken``).
    public internal(set) var tokens: ShardedDictionary<String, TicketID> = [:]
    public internal(set) var handling: [ServiceID: RunningMean] = [:]
    public internal(set) var walk = RunningMean(seed: 30)
    /// Issue times per kiosk within the last minute, for the kiosk rate limit.
    public internal(set) var kioskIssues: [DeviceID: [Date]] = [:]
    public internal(set) var devices: [DeviceID: DeviceStatus] = [:]
    /// The latest calls, newest last, for the wall display.
    public internal(set) var recentCalls: [CallRecord] = []
    /// The business day of the newest ticket.
    public internal(set) var currentDay: BusinessDay?
    /// Sequence number of the last event applied.
    public internal(set) var sequence: Int64 = 0

    public init() {}

    /// A state for `config`: its windows closed, no tickets.
    public init(config: HallConfig) {
        adopt(config)
    }

    /// Adds windows and services new in `config` (after a config change), keeping the rest.
    mutating func adopt(_ config: HallConfig) {
        for w in config.windows where windows[w.id] == nil {
            windows[w.id] = WindowState(id: w.id)
        }
        for s in config.services where handling[s.id] == nil {
            handling[s.id] = RunningMean(seed: s.handlingSeconds)
        }
    }

    /// The ticket whose live page is `/t/<token>`, if it is still in the state.
    public func ticket(publicToken token: String) -> Ticket? {
        tokens[token].flatMap { tickets[$0] }
    }

    /// Whether the hall has `booking` exactly so, whatever ticket it was checked in with:
    /// booking it again would change nothing.
    func has(_ booking: Appointment) -> Bool {
        guard var existing = appointments[booking.code] else { return false }
        existing.ticket = booking.ticket
        return existing == booking
    }

    /// Whether the hall has `notice` exactly so, whatever pickup ticket it was issued.
    func has(_ notice: ReadinessNotice) -> Bool {
        guard var existing = notices[notice.application] else { return false }
        existing.ticket = notice.ticket
        return existing == notice
    }

    /// The key of a printed number in ``liveLabels``.
    static func labelKey(_ label: String, _ day: BusinessDay) -> String { "\(day.compact)/\(label)" }

    /// Tickets waiting to be called (not postponed), in no particular order.
    public var waitingTickets: [Ticket] {
        waiting.compactMap { tickets[$0] }
    }
}

/// A counter of one service on one business day.
public struct DayCounter: Sendable, Codable, Hashable {
    public var day: BusinessDay
    public var last: Int
}

/// A call as the wall display shows it: «П042 → окно 5».
public struct CallRecord: Sendable, Codable, Hashable {
    public var ticket: TicketID
    public var label: String
    public var service: ServiceID
    public var window: WindowID
    public var at: Date
    public var recall: Bool
}

/// An exponentially weighted mean of recent durations, seeded with the configured value
/// so the first estimates are sensible before the hall has its own history.
public struct RunningMean: Sendable, Codable, Hashable {
    public private(set) var mean: Double
    public private(set) var count: Int
    /// Weight of each new observation: about the last 15 observations dominate.
    static let alpha = 0.12

    public init(seed: Double) {
        mean = seed
        count = 0
    }

    mutating func add(_ value: Double) {
        guard value.isFinite, value >= 0 else { return }
        // Ignore absurd outliers (a window left "serving" over lunch) beyond 6× the mean.
        let clipped = min(value, mean * 6)
        mean += RunningMean.alpha * (clipped - mean)
        count += 1
    }
}
