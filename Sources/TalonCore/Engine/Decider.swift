public import Foundation

/// Turns a command into events against the current state. Pure: the same state, command
/// and time always give the same events. Never changes the state itself; the engine
/// applies the events once they are durable… and before deciding the next command of
/// the same batch.
public struct Decider: Sendable {
    public let config: HallConfig
    public let calendar: BusinessCalendar
    public let policy: CallingPolicy
    let services: [ServiceID: ServiceConfig]
    let windows: [WindowID: WindowConfig]
    let categories: Set<CategoryID>

    /// Builds the decider of a validated config; `nil` if its time zone is unknown.
    public init?(config: HallConfig) {
        guard let calendar = BusinessCalendar(center: config.center) else { return nil }
        self.config = config
        self.calendar = calendar
        self.policy = CallingPolicy(config: config)
        self.services = Dictionary(config.services.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.windows = Dictionary(config.windows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.categories = Set(config.categories.map(\.id))
    }

    /// What a command decides: its events, and what to answer once they are applied.
    public struct Decision: Sendable {
        public var events: [Event]
        public var answer: Answer
    }

    /// The answer of a decision, resolved against the state after its events.
    public enum Answer: Sendable {
        case ticket(TicketID, CallReason?)
        case nothingWaiting(WindowID)
        case window(WindowID)
        case rating(Rating)
        case checkInRefused(AppointmentCode, CheckInRefusal)
        case accepted
    }

    /// Decides `command` at `now` against `state`.
    ///
    /// - Parameter token: the live-page token a ticket issued by this command gets
    ///   (``TicketToken``); the engine draws one per command, so deciding stays pure.
    public func decide(_ command: Command, in state: HallState, at now: Date,
                       token: String? = nil) throws(HallError) -> Decision {
        switch command {
        case .issueTicket(let request):
            return try issue(request, in: state, at: now, token: token)
        case .checkIn(let code, let kiosk, let language):
            return try checkIn(code, kiosk: kiosk, language: language, in: state, at: now, token: token)
        case .callNext(let window):
            return try callNext(window, in: state, at: now)
        case .callSpecific(let window, let ticket, let reason):
            return try callSpecific(window, ticket, reason: reason, in: state, at: now)
        case .recall(let window):
            return try recall(window, in: state, at: now)
        case .startService(let window):
            return try start(window, in: state, at: now)
        case .finishService(let window, let outcome):
            return try finish(window, outcome: outcome, in: state, at: now)
        case .markNoShow(let window):
            return try noShow(window, in: state, at: now)
        case .transfer(let window, let service, let target):
            return try transfer(window, toService: service, toWindow: target, in: state, at: now)
        case .postpone(let ticket):
            return try postpone(ticket, in: state, at: now)
        case .returnTicket(let ticket):
            return try returnTicket(ticket, in: state, at: now)
        case .cancel(let ticket, let reason):
            return try cancel(ticket, reason: reason, in: state, at: now)
        case .openWindow(let window):
            return try setMode(window, .open, in: state, at: now)
        case .pauseWindow(let window):
            return try setMode(window, .paused, in: state, at: now)
        case .closeWindow(let window):
            return try setMode(window, .closed, in: state, at: now)
        case .signIn(let window, let consultant):
            return try signIn(window, consultant, in: state, at: now)
        case .signOut(let window):
            return try signOut(window, in: state, at: now)
        case .rate(let window, let score, let device):
            return try rate(window, score: score, device: device, in: state, at: now)
        case .tick:
            return tick(in: state, at: now)
        case .bookAppointment(let appointment):
            return try book(appointment, in: state)
        case .reportDevice(let status):
            let changed = state.devices[status.device] != status
            return Decision(events: changed ? [.deviceStatusChanged(status, at: now)] : [], answer: .accepted)
        case .loadNotice(let notice):
            return try load(notice, in: state)
        case .recordPrint(let record):
            let t = try ticket(record.ticket, in: state)
            let changed = t.printStatus != record.status
            return Decision(events: changed ? [.ticketPrinted(record, at: now)] : [], answer: .accepted)
        }
    }

    // MARK: - Lookups shared by the command files

    func window(_ id: WindowID, in state: HallState) throws(HallError) -> (WindowConfig, WindowState) {
        guard let config = windows[id] else {
            throw HallError(.unknownWindow, "окно «\(id)» не настроено в этом зале; проверьте номер окна")
        }
        return (config, state.windows[id] ?? WindowState(id: id))
    }

    func ticket(_ id: TicketID, in state: HallState) throws(HallError) -> Ticket {
        guard let t = state.tickets[id] else {
            throw HallError(.unknownTicket, "талон «\(id)» не найден среди действующих талонов зала")
        }
        return t
    }

    func current(at window: WindowConfig, _ ws: WindowState, in state: HallState) throws(HallError) -> Ticket {
        guard let id = ws.current, let t = state.tickets[id] else {
            throw HallError(.windowIdle, "в окне \(window.number) нет вызванного посетителя; сначала вызовите следующего")
        }
        return t
    }
}
