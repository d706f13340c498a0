import Foundation

extension Decider {
    func issue(_ r: IssueTicket, in state: HallState, at now: Date, token: String?) throws(HallError) -> Decision {
        guard let service = services[r.service] else {
            throw HallError(.unknownService, "услуга «\(r.service)» не найдена; выберите услугу из списка на экране")
        }
        if let category = r.category {
            guard categories.contains(category) else {
                throw HallError(.unknownCategory, "льготная категория «\(category)» не настроена")
            }
            guard service.categories.contains(category) else {
                throw HallError(.categoryNotAllowed,
                    "для услуги «\(service.name.ru)» льготная категория «\(category)» не предусмотрена")
            }
        }
        var slot: Date?
        var category = r.category
        if let code = r.appointment {
            guard let booking = state.appointments[code] else {
                throw HallError(.unknownTicket, "запись «\(code)» не найдена; проверьте код записи")
            }
            if let refusal = refusal(for: booking, at: now) {
                throw HallError(.conflict, refusal.message.ru)
            }
            guard booking.service == r.service else {
                throw HallError(.conflict, "запись «\(code)» сделана на другую услугу")
            }
            slot = booking.slotAt
            category = category ?? booking.category
        }
        if let application = r.application {
            let notice = try pickable(application, in: state)
            guard notice.service == r.service else {
                throw HallError(.conflict, "документы по заявлению «\(application)» выдаются по услуге «\(notice.service)»")
            }
        }
        var ticket = try newTicket(service, category: category, appointment: r.appointment, slot: slot,
                                   language: r.language, kiosk: r.kiosk, in: state, at: now)
        ticket.publicToken = token
        ticket.application = r.application
        return Decision(events: [.ticketIssued(ticket)], answer: .ticket(ticket.id, nil))
    }

    func checkIn(_ code: AppointmentCode, kiosk: DeviceID?, language: Language,
                 in state: HallState, at now: Date, token: String?) throws(HallError) -> Decision {
        guard let booking = state.appointments[code] else {
            return refuse(code, .unknown, kiosk: kiosk, at: now)
        }
        if let refusal = refusal(for: booking, at: now) {
            return refuse(code, refusal, kiosk: kiosk, at: now)
        }
        guard let service = services[booking.service] else {
            throw HallError(.unknownService, "запись «\(code)» сделана на услугу «\(booking.service)», которой нет в этом зале")
        }
        var ticket = try newTicket(service, category: booking.category, appointment: code,
                                   slot: booking.slotAt, language: language, kiosk: kiosk,
                                   in: state, at: now)
        ticket.publicToken = token
        return Decision(events: [.ticketIssued(ticket)], answer: .ticket(ticket.id, nil))
    }

    private func refuse(_ code: AppointmentCode, _ why: CheckInRefusal, kiosk: DeviceID?, at now: Date) -> Decision {
        Decision(events: [.checkInRefused(code: code, reason: why, kiosk: kiosk, at: now)],
                 answer: .checkInRefused(code, why))
    }

    func refusal(for booking: Appointment, at now: Date) -> CheckInRefusal? {
        if booking.ticket != nil { return .alreadyCheckedIn }
        if now < booking.slotAt.addingTimeInterval(-config.policy.appointmentEarlySeconds) { return .tooEarly }
        if now > booking.slotAt.addingTimeInterval(config.policy.appointmentLateSeconds) { return .tooLate }
        return nil
    }

    /// A ticket with the next free number of its service on today's business day.
    private func newTicket(_ service: ServiceConfig, category: CategoryID?, appointment: AppointmentCode?,
                           slot: Date?, language: Language, kiosk: DeviceID?,
                           in state: HallState, at now: Date) throws(HallError) -> Ticket {
        if config.policy.issueOnlyWhenOpen, !calendar.isOpen(at: now) {
            let next = calendar.nextOpening(after: now).map { d -> String in
                let f = DateFormatter()
                f.timeZone = calendar.timeZone
                f.locale = Locale(identifier: "ru_RU")
                f.dateFormat = "d MMMM, HH:mm"
                return "; центр откроется \(f.string(from: d))"
            } ?? ""
            throw HallError(.centerClosed, "центр сейчас закрыт, талоны не выдаются\(next)")
        }
        if let kiosk, let limit = config.policy.kioskTicketsPerMinute {
            let recent = state.kioskIssues[kiosk, default: []].filter { now.timeIntervalSince($0) < 60 }
            if recent.count >= limit {
                throw HallError(.rateLimited,
                    "с этого терминала уже выдано \(limit) талонов за минуту; подождите немного или обратитесь к консультанту")
            }
        }
        let day = calendar.businessDay(at: now)
        let last = state.counters[service.id].flatMap { $0.day == day ? $0.last : nil } ?? 0
        if let limit = service.dailyLimit, last >= limit {
            throw HallError(.dailyLimitReached,
                "на сегодня талоны на услугу «\(service.name.ru)» закончились (лимит \(limit)); можно записаться на другой день")
        }
        // Printed numbers run 001–999 and wrap; a number still alive is skipped. The next
        // 999 counter values cover every number once: when all of them are alive there is
        // no number to give, and the ticket is refused rather than a number printed twice.
        let label = { (counter: Int) in service.prefix + ((counter - 1) % 999 + 1).zeroPadded(3) }
        guard let counter = (last + 1...last + 999).first(where: {
            !state.liveLabels.contains(HallState.labelKey(label($0), day))
        }) else {
            throw HallError(.dailyLimitReached,
                "все 999 номеров услуги «\(service.name.ru)» заняты талонами, которые ещё в зале; новый талон можно будет выдать, когда освободится номер")
        }
        let id = TicketID("\(day.compact)-\(service.id.rawValue)-\(counter)")
        return Ticket(id: id, number: counter, label: label(counter), service: service.id, businessDay: day,
                      category: category, appointment: appointment, slotAt: slot,
                      language: language, kiosk: kiosk, issuedAt: now)
    }

    func postpone(_ id: TicketID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let t = try ticket(id, in: state)
        guard t.status == .waiting else {
            throw HallError(.ticketNotWaiting, "талон \(t.label) не в очереди (\(t.status.rawValue)); отложить можно только ожидающий талон")
        }
        return Decision(events: [.ticketPostponed(ticket: id, at: now)], answer: .ticket(id, nil))
    }

    func returnTicket(_ id: TicketID, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let t = try ticket(id, in: state)
        guard t.status == .postponed else {
            throw HallError(.ticketNotPostponed, "талон \(t.label) не отложен")
        }
        return Decision(events: [.ticketReturned(ticket: id, at: now)], answer: .ticket(id, nil))
    }

    func cancel(_ id: TicketID, reason: String, in state: HallState, at now: Date) throws(HallError) -> Decision {
        let t = try ticket(id, in: state)
        guard t.status == .waiting || t.status == .postponed else {
            throw HallError(.ticketNotWaiting, "талон \(t.label) уже вызван или закрыт; отменить можно только ожидающий талон")
        }
        return Decision(events: [.ticketCancelled(ticket: id, at: now, reason: reason)], answer: .ticket(id, nil))
    }

    /// The notice of `application` if its documents can be picked up now.
    func pickable(_ application: ApplicationNumber, in state: HallState) throws(HallError) -> ReadinessNotice {
        guard let notice = state.notices[application] else {
            throw HallError(.noticeNotReady, "заявление «\(application)» не найдено; проверьте номер")
        }
        if let issued = notice.ticket, let t = state.tickets[issued], t.isLive {
            throw HallError(.noticeNotReady, "по заявлению «\(application)» уже выдан талон \(t.label)")
        }
        guard notice.status == .ready else {
            throw HallError(.noticeNotReady, notice.status == .issued
                ? "документы по заявлению «\(application)» уже выданы"
                : "документы по заявлению «\(application)» ещё не готовы")
        }
        return notice
    }

    func load(_ n: ReadinessNotice, in state: HallState) throws(HallError) -> Decision {
        guard services[n.service] != nil else {
            throw HallError(.unknownService, "заявление «\(n.application)»: услуга выдачи «\(n.service)» не оказывается в этом зале")
        }
        if state.has(n) { return Decision(events: [], answer: .accepted) }
        var notice = n
        notice.ticket = state.notices[n.application]?.ticket
        return Decision(events: [.noticeLoaded(notice)], answer: .accepted)
    }

    func book(_ a: Appointment, in state: HallState) throws(HallError) -> Decision {
        guard services[a.service] != nil else {
            throw HallError(.unknownService, "запись «\(a.code)»: услуга «\(a.service)» не оказывается в этом зале")
        }
        if let existing = state.appointments[a.code], existing.ticket != nil {
            throw HallError(.conflict, "по записи «\(a.code)» талон уже выдан; запись не изменена")
        }
        if state.has(a) { return Decision(events: [], answer: .accepted) }
        var booking = a
        booking.ticket = nil
        return Decision(events: [.appointmentBooked(booking)], answer: .accepted)
    }
}
