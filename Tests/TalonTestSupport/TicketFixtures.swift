public import Foundation
public import TalonCore

/// Tickets, events and journal batches built by hand, for journal and projection tests.
///
/// Names follow ``HallFixtures/small(zone:startHour:policy:hours:)``: services
/// `passport` (П), `benefits` (С), `consult` (К); windows `w1`…`w4`.
public enum TicketFixtures {
    /// Saturday 2026-11-21, a business day of the fixtures.
    public static let day = BusinessDay(year: 2026, month: 11, day: 21)
    /// 09:00 Moscow time (06:00Z) on ``day``.
    public static let opening = Date(timeIntervalSince1970: 1_795_240_800)

    /// A waiting ticket as the engine issues it: id `YYYYMMDD-service-number`, label
    /// prefix and three digits.
    public static func ticket(_ number: Int = 1, service: ServiceID = "passport", prefix: String = "П",
                              day: BusinessDay = day, issuedAt: Date? = nil,
                              category: CategoryID? = nil, appointment: AppointmentCode? = nil,
                              slotAt: Date? = nil, language: Language = .ru,
                              kiosk: DeviceID? = "kiosk-1") -> Ticket {
        Ticket(id: TicketID("\(day.compact)-\(service.rawValue)-\(number)"), number: number,
               label: prefix + String(format: "%03d", (number - 1) % 999 + 1), service: service,
               businessDay: day, category: category, appointment: appointment, slotAt: slotAt,
               language: language, kiosk: kiosk,
               issuedAt: issuedAt ?? opening.addingTimeInterval(Double(number) * 60))
    }

    /// A reason for an ordinary call.
    public static func reason(_ kind: CallReason.Kind = .earliestDue, dueAt: Date = opening) -> CallReason {
        CallReason(kind: kind, tier: 1, dueAt: dueAt)
    }
}

/// Builds journal entries the way the engine does: sequence numbers counting up from
/// one, a clock that moves only when told.
public struct JournalScript: Sendable {
    public private(set) var nextSequence: Int64
    public var now: Date
    private var commandCount = 0

    public init(firstSequence: Int64 = 1, now: Date = TicketFixtures.opening) {
        nextSequence = firstSequence
        self.now = now
    }

    /// Moves the clock.
    public mutating func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }

    /// One command with its events (numbered in order, stamped `now`) and its answer.
    public mutating func entry(_ command: Command, id: CommandID? = nil, result: CommandResult = .accepted,
                               events: [Event]) -> JournalEntry {
        commandCount += 1
        let id = id ?? CommandID("cmd-\(commandCount)")
        var journaled: [JournaledEvent] = []
        for event in events {
            journaled.append(JournaledEvent(sequence: nextSequence, command: id, at: now, event: event))
            nextSequence += 1
        }
        return JournalEntry(command: CommandEnvelope(id: id, command: command), at: now,
                            events: journaled, result: result)
    }

    /// Issues `ticket`, answering with it.
    public mutating func issue(_ ticket: Ticket, id: CommandID? = nil) -> JournalEntry {
        entry(.issueTicket(IssueTicket(service: ticket.service, category: ticket.category,
                                       appointment: ticket.appointment, language: ticket.language,
                                       kiosk: ticket.kiosk)),
              id: id, result: .ticket(TicketAnswer(ticket: ticket)), events: [.ticketIssued(ticket)])
    }

    /// Calls `ticket` to `window` now.
    public mutating func call(_ ticket: TicketID, to window: WindowID) -> JournalEntry {
        entry(.callNext(window: window),
              events: [.ticketCalled(ticket: ticket, window: window, at: now, reason: TicketFixtures.reason())])
    }

    /// Starts service of `ticket` at `window` now.
    public mutating func start(_ ticket: TicketID, at window: WindowID) -> JournalEntry {
        entry(.startService(window: window), events: [.serviceStarted(ticket: ticket, window: window, at: now)])
    }

    /// Finishes `ticket` at `window` now.
    public mutating func finish(_ ticket: TicketID, at window: WindowID,
                                outcome: TicketOutcome = .served) -> JournalEntry {
        entry(.finishService(window: window, outcome: outcome),
              events: [.serviceFinished(ticket: ticket, window: window, at: now, outcome: outcome)])
    }

    /// Opens `window` now.
    public mutating func open(_ window: WindowID) -> JournalEntry {
        entry(.openWindow(window: window), events: [.windowModeChanged(window: window, mode: .open, at: now)])
    }
}
