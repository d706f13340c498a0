import Foundation

extension HallState {
    /// Applies one event. Events are facts: applying never fails, and the same events in
    /// the same order always give the same state.
    public mutating func apply(_ journaled: JournaledEvent) {
        apply(journaled.event)
        sequence = journaled.sequence
    }

    mutating func apply(_ event: Event) {
        switch event {
        case .ticketIssued(let t):
            if let current = currentDay, t.businessDay > current { startDay(t.businessDay) }
            if currentDay == nil { currentDay = t.businessDay }
            tickets[t.id] = t
            if t.status == .waiting { waiting.insert(t) }
            liveLabels.insert(HallState.labelKey(t.label, t.businessDay))
            let last = counters[t.service].map { $0.day == t.businessDay ? $0.last : 0 } ?? 0
            counters[t.service] = DayCounter(day: t.businessDay, last: max(last, t.number))
            if let code = t.appointment { appointments[code]?.ticket = t.id }
            if let application = t.application { notices[application]?.ticket = t.id }
            if let token = t.publicToken { tokens[token] = t.id }
            if let kiosk = t.kiosk {
                var recent = kioskIssues[kiosk, default: []].filter { t.issuedAt.timeIntervalSince($0) < 60 }
                recent.append(t.issuedAt)
                kioskIssues[kiosk] = recent
            }

        case .ticketCalled(let id, let window, let at, _):
            unqueue(id)
            update(id) { t in
                t.status = .called
                t.window = window
                t.targetWindow = nil
                t.calledAt = at
                if t.firstCalledAt == nil { t.firstCalledAt = at }
            }
            windows[window]?.current = id
            record(call: id, window: window, at: at, recall: false)

        case .ticketRecalled(let id, let window, let at, let count):
            update(id) { t in
                t.recalls = count
                t.calledAt = at
            }
            record(call: id, window: window, at: at, recall: true)

        case .serviceStarted(let id, _, let at):
            update(id) { t in
                t.status = .serving
                t.startedAt = at
            }
            if let t = tickets[id], let called = t.calledAt {
                walk.add(at.timeIntervalSince(called))
            }

        case .serviceFinished(let id, let window, let at, let outcome):
            update(id) { t in
                t.status = .finished
                t.finishedAt = at
                t.outcome = outcome
            }
            if let t = tickets[id], let started = t.startedAt {
                handling[t.service, default: RunningMean(seed: 600)].add(at.timeIntervalSince(started))
            }
            release(id)
            windows[window]?.current = nil
            windows[window]?.lastFinished = id
            windows[window]?.lastFinishedAt = at

        case .ticketNoShow(let id, let window, let at, _):
            update(id) { t in
                t.status = .noShow
                t.finishedAt = at
                t.outcome = .noShow
            }
            release(id)
            if windows[window]?.current == id { windows[window]?.current = nil }

        case .ticketTransferred(let id, let from, let service, let toWindow, _):
            update(id) { t in
                t.status = .waiting
                t.service = service
                t.window = nil
                t.targetWindow = toWindow
                t.calledAt = nil
                t.startedAt = nil
                t.recalls = 0
                t.transfers += 1
            }
            if let t = tickets[id] { waiting.insert(t) }
            if windows[from]?.current == id { windows[from]?.current = nil }

        case .ticketPostponed(let id, _):
            unqueue(id)
            update(id) { $0.status = .postponed }

        case .ticketReturned(let id, _):
            update(id) { $0.status = .waiting }
            if let t = tickets[id] { waiting.insert(t) }

        case .ticketCancelled(let id, let at, _):
            unqueue(id)
            update(id) { t in
                t.status = .cancelled
                t.finishedAt = at
                t.outcome = .cancelled
            }
            release(id)

        case .windowModeChanged(let window, let mode, _):
            windows[window, default: WindowState(id: window)].mode = mode

        case .consultantSignedIn(let window, let consultant, _):
            windows[window, default: WindowState(id: window)].consultant = consultant

        case .consultantSignedOut(let window, _, _):
            windows[window]?.consultant = nil

        case .ratingRecorded(let rating):
            windows[rating.window]?.lastRatingAt = rating.at

        case .appointmentBooked(let appointment):
            appointments[appointment.code] = appointment

        case .checkInRefused:
            break

        case .deviceStatusChanged(let status, _):
            devices[status.device] = status

        case .noticeLoaded(let notice):
            notices[notice.application] = notice

        case .ticketPrinted(let record, _):
            update(record.ticket) { $0.printStatus = record.status }
        }
    }

    private mutating func update(_ id: TicketID, _ change: (inout Ticket) -> Void) {
        guard var t = tickets[id] else { return }
        change(&t)
        tickets[id] = t
    }

    private mutating func release(_ id: TicketID) {
        if let t = tickets[id] { liveLabels.remove(HallState.labelKey(t.label, t.businessDay)) }
    }

    /// Takes `id` out of the queue, whatever service it waits for.
    private mutating func unqueue(_ id: TicketID) {
        if let service = tickets[id]?.service { waiting.remove(id, service: service) }
    }

    private mutating func record(call id: TicketID, window: WindowID, at: Date, recall: Bool) {
        guard let t = tickets[id] else { return }
        recentCalls.append(CallRecord(ticket: id, label: t.label, service: t.service,
                                      window: window, at: at, recall: recall))
        if recentCalls.count > 30 { recentCalls.removeFirst(recentCalls.count - 30) }
    }

    /// A new business day: forget the finished tickets of earlier days (they are in the
    /// journal's read models) and bookings whose day has passed.
    private mutating func startDay(_ day: BusinessDay) {
        tickets = tickets.filter { $0.value.isLive || $0.value.businessDay >= day }
        waiting.retain { tickets[$0] != nil }
        tokens = tokens.filter { tickets[$0.value] != nil }
        appointments = appointments.filter { $0.value.ticket == nil || tickets[$0.value.ticket!] != nil }
        recentCalls.removeAll()
        currentDay = day
    }
}
