public import TalonCore

/// A made-up past of finished tickets, for the startup benchmark and tests: what a hall
/// has in its read models after a few years.
///
/// Deterministic for a seed. Tickets are spread over the days before ``before``,
/// ``ticketsPerDay`` a day round-robin over ``services``, issued from 09:00 Moscow time
/// (06:00Z) on. Most are finished; one in 20 is a no-show and one in 50 cancelled.
/// Only the `tickets` read model is filled: no events, commands or ratings, so nothing
/// the engine replays changes.
public struct SyntheticHistory: Sendable {
    public var tickets: Int
    public var services: [ServiceID]
    public var windows: [WindowID]
    public var ticketsPerDay: Int
    /// History ends the day before this one (the hall's first real day).
    public var before: BusinessDay
    public var seed: UInt64

    public init(tickets: Int, services: [ServiceID] = ["passport", "snils", "consult"],
                windows: [WindowID] = ["1", "2", "3", "4", "5", "6"], ticketsPerDay: Int = 1_000,
                before: BusinessDay, seed: UInt64 = 1) {
        self.tickets = tickets
        self.services = services
        self.windows = windows
        self.ticketsPerDay = ticketsPerDay
        self.before = before
        self.seed = seed
    }

    /// What was inserted.
    public struct Summary: Sendable, Hashable {
        public var tickets: Int
        public var firstDay: BusinessDay
        public var lastDay: BusinessDay
    }
}
