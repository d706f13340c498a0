public import Foundation
public import TalonCore

/// One kiosk's screen as a state machine: pure, clock passed in.
///
/// A press gives at most one command for the hall engine; its answer, the hall's events
/// (a ticket printed, a scanner check-in at this kiosk) and the passing of time move the
/// screen on. ``KioskHost`` runs one machine per kiosk.
public struct KioskMachine: Sendable {
    let kiosk: KioskConfig
    let hall: HallConfig
    let calendar: BusinessCalendar
    let messages: KioskMessages
    /// The printer of this kiosk's tickets; `nil` shows every ticket on screen.
    let printer: DeviceID?

    public private(set) var screen: KioskScreen = .home
    public private(set) var language: Language = .ru
    /// What was typed on the keypad.
    private(set) var entry = ""
    /// The last touch, for the idle time-out.
    private var lastTouch: Date

    /// Longest code or number the keypad takes.
    static let maxEntry = 20
    /// A ticket with no word from its printer after this long is shown as not printed.
    static let printPatience: TimeInterval = 10
    /// How long «take your ticket» stays; how long a number that did not print stays.
    static let printedShown: TimeInterval = 15
    static let fallbackShown: TimeInterval = 60
    /// A request with no answer from the hall engine after this long: out of service.
    static let answerPatience: TimeInterval = 20

    /// `nil` if the hall's time zone is unknown (a validated config never has one).
    public init?(kiosk: KioskConfig, hall: HallConfig, now: Date) {
        guard let calendar = BusinessCalendar(center: hall.center) else { return nil }
        self.kiosk = kiosk
        self.hall = hall
        self.calendar = calendar
        self.messages = KioskMessages(dates: KioskDates(calendar: calendar), policy: hall.policy)
        self.printer = hall.printer(forKiosk: kiosk.id)?.id
        self.lastTouch = now
    }

    // MARK: - Presses

    /// Handles a pressed button; returns the command to submit, if the press asks the
    /// hall for something (the screen then shows ``KioskScreen/working``).
    public mutating func press(_ action: KioskAction, world: KioskWorld, at now: Date) -> Command? {
        lastTouch = now
        switch action {
        case .setLanguage(let l):
            language = l
            return nil
        case .home:
            go(.home)
            return nil
        case .back:
            switch screen {
            case .group(let g): go(hall.groups.first { $0.id == g }?.parent.map(KioskScreen.group) ?? .home)
            case .category(let s): go(hall.service(s)?.group.map(KioskScreen.group) ?? .home)
            default: go(.home)
            }
            return nil
        case .openGroup(let g):
            go(.group(g))
            return nil
        case .openCheckIn:
            go(.entry(.checkIn))
            return nil
        case .openReadiness:
            go(.entry(.readiness))
            return nil
        case .chooseService(let id):
            guard let service = hall.service(id) else { return nil }
            if service.categories.isEmpty { return issue(IssueTicket(service: id)) }
            go(.category(id))
            return nil
        case .issue(let service, let category):
            return issue(IssueTicket(service: service, category: category))
        case .key(let k):
            if entry.count < Self.maxEntry { entry += k }
            return nil
        case .erase:
            if !entry.isEmpty { entry.removeLast() }
            return nil
        case .submit:
            return submitEntry(world: world, at: now)
        }
    }

    private mutating func issue(_ request: IssueTicket) -> Command {
        var r = request
        r.language = language
        r.kiosk = kiosk.id
        screen = .working
        return .issueTicket(r)
    }

    private mutating func submitEntry(world: KioskWorld, at now: Date) -> Command? {
        guard case .entry(let purpose) = screen, !entry.isEmpty else { return nil }
        switch purpose {
        case .checkIn:
            screen = .working
            return .checkIn(code: AppointmentCode(entry), kiosk: kiosk.id, language: language)
        case .readiness:
            let number = ReadinessNotice.normalised(entry)
            let notice = world.state.notices[number]
            if let notice, notice.status == .ready,
               notice.ticket.flatMap({ world.state.tickets[$0] })?.isLive != true {
                return issue(IssueTicket(service: notice.service, application: number))
            }
            screen = .message(messages.readiness(number, notice, state: world.state))
            return nil
        }
    }

    // MARK: - Answers and events

    /// The engine's answer to the command the last press gave.
    public mutating func answered(_ result: Result<CommandResult, HallError>, world: KioskWorld, at now: Date) {
        switch result {
        case .success(.ticket(let answer)):
            lastTouch = now
            show(answer.ticket, estimate: answer.estimate, world: world, at: now)
        case .success(.checkInRefused(let code, let reason)):
            screen = .message(messages.checkIn(code, reason, state: world.state, now: now))
        case .success:
            go(.home)
        case .failure(let error):
            switch error.code {
            case .journalFailed: screen = .outOfService(.engine)
            case .centerClosed: screen = .outOfService(.closed(next: calendar.nextOpening(after: now)))
            default: screen = .message(messages.refusal(error))
            }
        }
    }

    /// A journaled event of someone else's command (never of this kiosk's own presses,
    /// which ``answered(_:world:at:)`` has had): a printer's report on the ticket shown,
    /// or a check-in refused at this kiosk (the barcode scanner). A ticket issued for this
    /// kiosk elsewhere comes in through ``answered(_:world:at:)`` with its estimate.
    public mutating func observe(_ event: Event, world: KioskWorld, at now: Date) {
        switch event {
        case .ticketPrinted(let record, _):
            guard case .ticket(var t) = screen, t.id == record.ticket, t.print != .noPrinter else { return }
            t.print = Self.progress(record.status)
            screen = .ticket(t)
        case .checkInRefused(let code, let reason, let from, _):
            guard from == kiosk.id, screen != .working else { return }
            lastTouch = now
            screen = .message(messages.checkIn(code, reason, state: world.state, now: now))
        default:
            break
        }
    }

    /// Whether `ticket`, issued by someone else (the scanner), should be shown here: it
    /// is for this kiosk, and the kiosk is not waiting for the answer to its own press.
    public func takesForeignTicket(_ ticket: Ticket) -> Bool {
        ticket.kiosk == kiosk.id && screen != .working
    }

    private static func progress(_ status: TicketPrintStatus) -> PrintProgress {
        status == .printed ? .printed : .failed
    }

    /// Shows `ticket`; its print status as the hall has it now, since the printer may
    /// have answered before the kiosk heard of the ticket.
    private mutating func show(_ ticket: Ticket, estimate: WaitEstimate?, world: KioskWorld, at now: Date) {
        let heading: LocalizedText? = if ticket.application != nil {
            KioskStrings.documentsReady
        } else if let slot = ticket.slotAt {
            LocalizedText(ru: "Вы зарегистрированы по записи на \(messages.dates.time(slot))",
                          en: "You are checked in for your \(messages.dates.time(slot)) booking")
        } else {
            nil
        }
        let print: PrintProgress = if printer == nil {
            .noPrinter
        } else {
            (world.state.tickets[ticket.id]?.printStatus ?? ticket.printStatus).map(Self.progress) ?? .printing
        }
        screen = .ticket(KioskTicket(
            id: ticket.id, label: ticket.label,
            service: hall.service(ticket.service)?.name ?? LocalizedText(ru: ticket.service.rawValue, en: ticket.service.rawValue),
            ahead: estimate?.ahead, waitMinutes: estimate?.minutes,
            pageURL: ticket.publicToken.flatMap { TicketToken.pageURL(base: hall.center.publicURL, token: $0) },
            heading: heading, print: print, shownAt: now))
    }

    // MARK: - Time

    /// Time passes: idle screens go home, a silent printer counts as failed, and the
    /// kiosk goes out of service (or back) as the hall's hours, printer and engine say.
    public mutating func tick(world: KioskWorld, at now: Date) {
        switch screen {
        case .ticket(var t):
            let age = now.timeIntervalSince(t.shownAt)
            switch t.print {
            case .printing:
                if age > Self.printPatience {
                    t.print = .failed
                    screen = .ticket(t)
                }
            case .printed:
                if age > Self.printedShown { go(.home) }
            case .failed, .noPrinter:
                if age > Self.fallbackShown { go(.home) }
            }
        case .group, .category, .entry, .message:
            if now.timeIntervalSince(lastTouch) > kiosk.idleSeconds { go(.home) }
        case .working:
            if now.timeIntervalSince(lastTouch) > Self.answerPatience { screen = .outOfService(.engine) }
        case .home, .outOfService:
            break
        }
        if screen == .home, language != .ru, now.timeIntervalSince(lastTouch) > kiosk.idleSeconds {
            language = .ru
        }
        // A ticket on screen and a request with the engine finish first.
        let reason = outOfService(world: world, at: now)
        switch screen {
        case .ticket, .working: break
        case .outOfService where reason == nil: go(.home)
        default: if let reason { screen = .outOfService(reason) }
        }
    }

    /// Why tickets cannot be issued now, if they cannot.
    func outOfService(world: KioskWorld, at now: Date) -> OutOfService? {
        if world.engineFault { return .engine }
        if hall.policy.issueOnlyWhenOpen, !calendar.isOpen(at: now) {
            return .closed(next: calendar.nextOpening(after: now))
        }
        if let printer, let condition = world.state.devices[printer]?.condition {
            switch condition {
            case .ok, .paperLow: break
            default: return .printer(condition)
            }
        }
        return nil
    }

    private mutating func go(_ next: KioskScreen) {
        screen = next
        entry = ""
    }
}
