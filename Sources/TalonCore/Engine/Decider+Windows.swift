import Foundation

extension Decider {
    func callNext(_ id: WindowID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        try requireIdleOpen(wc, ws, in: state)
        guard let (t, reason) = policy.next(for: id, among: state.waiting.lazy.compactMap { state.tickets[$0] }, now: now) else {
            return Decision(events: [], answer: .nothingWaiting(id))
        }
        return Decision(events: [.ticketCalled(ticket: t.id, window: id, at: now, reason: reason)],
                        answer: .ticket(t.id, reason))
    }

    func callSpecific(_ id: WindowID, _ ticketID: TicketID, reason note: String,
                      in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        try requireIdleOpen(wc, ws, in: state)
        let t = try ticket(ticketID, in: state)
        guard t.status == .waiting || t.status == .postponed else {
            throw HallError(.ticketNotWaiting, "талон \(t.label) не ожидает вызова (\(t.status.rawValue))")
        }
        guard policy.mayServe(id, t) else {
            throw HallError(.serviceNotServed,
                "окно \(wc.number) не обслуживает услугу «\(services[t.service]?.name.ru ?? t.service.rawValue)»; переведите талон в нужное окно")
        }
        let reason = CallReason(kind: .specific, tier: wc.tier(of: t.service) ?? 0, dueAt: policy.dueAt(t),
                                category: t.category, appointment: t.slotAt != nil, note: note)
        var events: [Event] = []
        if t.status == .postponed { events.append(.ticketReturned(ticket: t.id, at: now)) }
        events.append(.ticketCalled(ticket: t.id, window: id, at: now, reason: reason))
        return Decision(events: events, answer: .ticket(t.id, reason))
    }

    private func requireIdleOpen(_ wc: WindowConfig, _ ws: WindowState, in state: HallState) throws(HallError) {
        guard ws.mode == .open else {
            throw HallError(.windowNotOpen, "окно \(wc.number) \(ws.mode == .paused ? "на паузе" : "закрыто"); откройте окно, чтобы вызывать посетителей")
        }
        if let current = ws.current, let t = state.tickets[current] {
            throw HallError(.windowBusy, "окно \(wc.number) ещё занято талоном \(t.label); завершите обслуживание или отметьте неявку")
        }
    }

    func recall(_ id: WindowID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        let t = try current(at: wc, ws, in: state)
        guard t.status == .called else {
            throw HallError(.ticketNotCalled, "талон \(t.label) уже обслуживается; повторный вызов не нужен")
        }
        if t.recalls >= config.policy.recallLimit {
            return Decision(events: [.ticketNoShow(ticket: t.id, window: id, at: now, automatic: true)],
                            answer: .ticket(t.id, nil))
        }
        return Decision(events: [.ticketRecalled(ticket: t.id, window: id, at: now, count: t.recalls + 1)],
                        answer: .ticket(t.id, nil))
    }

    func start(_ id: WindowID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        let t = try current(at: wc, ws, in: state)
        guard t.status == .called else {
            throw HallError(.ticketNotCalled, "талон \(t.label) уже обслуживается")
        }
        return Decision(events: [.serviceStarted(ticket: t.id, window: id, at: now)], answer: .ticket(t.id, nil))
    }

    func finish(_ id: WindowID, outcome: TicketOutcome, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        let t = try current(at: wc, ws, in: state)
        guard outcome == .served || outcome == .incomplete else {
            throw HallError(.conflict, "завершить обслуживание можно с итогом «served» или «incomplete»; для неявки есть отдельная команда")
        }
        var events: [Event] = []
        // A consultant who forgot to press "start" still finishes: the visitor was served.
        if t.status == .called { events.append(.serviceStarted(ticket: t.id, window: id, at: now)) }
        events.append(.serviceFinished(ticket: t.id, window: id, at: now, outcome: outcome))
        return Decision(events: events, answer: .ticket(t.id, nil))
    }

    func noShow(_ id: WindowID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        let t = try current(at: wc, ws, in: state)
        guard t.status == .called else {
            throw HallError(.ticketNotCalled, "посетитель с талоном \(t.label) уже у окна; неявку отметить нельзя")
        }
        return Decision(events: [.ticketNoShow(ticket: t.id, window: id, at: now, automatic: false)],
                        answer: .ticket(t.id, nil))
    }

    func transfer(_ id: WindowID, toService: ServiceID?, toWindow: WindowID?,
                  in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        let t = try current(at: wc, ws, in: state)
        guard toService != nil || toWindow != nil else {
            throw HallError(.invalidTransfer, "укажите услугу или окно, куда перевести талон \(t.label)")
        }
        let service = toService ?? t.service
        guard let target = services[service] else {
            throw HallError(.unknownService, "услуга «\(service)» не найдена; перевод невозможен")
        }
        if let toWindow {
            let (twc, _) = try window(toWindow, in: state)
            guard toWindow != id else {
                throw HallError(.invalidTransfer, "талон \(t.label) уже в окне \(wc.number)")
            }
            guard twc.serves(service) else {
                throw HallError(.serviceNotServed, "окно \(twc.number) не оказывает услугу «\(target.name.ru)»")
            }
        }
        return Decision(events: [.ticketTransferred(ticket: t.id, from: id, toService: service,
                                                    toWindow: toWindow, at: now)],
                        answer: .ticket(t.id, nil))
    }

    /// Time passes: a called visitor who has not come within the time-out is a no-show,
    /// and tickets left waiting from an earlier business day are cancelled.
    func tick(in state: HallState, at now: Date) -> Decision {
        var events: [Event] = []
        for ws in state.windows.values.sorted(by: { $0.id < $1.id }) {
            guard let id = ws.current, let t = state.tickets[id], t.status == .called,
                  let called = t.calledAt,
                  now.timeIntervalSince(called) >= config.policy.noShowTimeoutSeconds else { continue }
            events.append(.ticketNoShow(ticket: id, window: ws.id, at: now, automatic: true))
        }
        // Tickets still waiting from an earlier business day will never be called.
        let today = calendar.businessDay(at: now)
        let stale = state.tickets.values
            .filter { ($0.status == .waiting || $0.status == .postponed) && $0.businessDay < today }
            .sorted { $0.id < $1.id }
        for t in stale {
            events.append(.ticketCancelled(ticket: t.id, at: now, reason: "рабочий день закончился"))
        }
        return Decision(events: events, answer: .accepted)
    }

    func setMode(_ id: WindowID, _ mode: WindowMode, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        if mode == .closed, let current = ws.current, let t = state.tickets[current] {
            throw HallError(.windowBusy, "окно \(wc.number) обслуживает талон \(t.label); завершите обслуживание, затем закрывайте окно")
        }
        guard ws.mode != mode else { return Decision(events: [], answer: .window(id)) }
        return Decision(events: [.windowModeChanged(window: id, mode: mode, at: now)], answer: .window(id))
    }

    func signIn(_ id: WindowID, _ consultant: ConsultantID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (_, ws) = try window(id, in: state)
        if ws.consultant == consultant { return Decision(events: [], answer: .window(id)) }
        var events: [Event] = []
        if let previous = ws.consultant {
            events.append(.consultantSignedOut(window: id, consultant: previous, at: now))
        }
        events.append(.consultantSignedIn(window: id, consultant: consultant, at: now))
        return Decision(events: events, answer: .window(id))
    }

    func signOut(_ id: WindowID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (_, ws) = try window(id, in: state)
        guard let consultant = ws.consultant else { return Decision(events: [], answer: .window(id)) }
        return Decision(events: [.consultantSignedOut(window: id, consultant: consultant, at: now)], answer: .window(id))
    }

    func rate(_ id: WindowID, score: Int, device: DeviceID?, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let (wc, ws) = try window(id, in: state)
        guard (1...4).contains(score) else {
            throw HallError(.invalidRating, "оценка должна быть от 1 до 4, получено \(score) (окно \(wc.number))")
        }
        var ticket: TicketID?
        if let last = ws.lastFinished, let at = ws.lastFinishedAt,
           now.timeIntervalSince(at) <= config.policy.ratingAttachSeconds {
            ticket = last
        } else if let current = ws.current, state.tickets[current]?.status == .serving {
            ticket = current
        }
        let misuse = ws.lastRatingAt.map { now.timeIntervalSince($0) < config.policy.ratingMisuseIntervalSeconds } ?? false
        let rating = Rating(score: score, window: id, ticket: ticket, consultant: ws.consultant,
                            at: now, misuse: misuse, device: device)
        return Decision(events: [.ratingRecorded(rating)], answer: .rating(rating))
    }
}
