import Foundation
import TalonCore

/// The messages a kiosk shows when it cannot simply hand out a ticket: kind, short, in
/// both languages, with the real times of the visitor's booking where that helps.
struct KioskMessages {
    let dates: KioskDates
    let policy: PolicyConfig

    func checkIn(_ code: AppointmentCode, _ reason: CheckInRefusal, state: HallState, now: Date) -> KioskMessage {
        let booking = state.appointments[code]
        switch reason {
        case .unknown:
            return KioskMessage(
                title: LocalizedText(ru: "Запись не найдена", en: "Booking not found"),
                body: LocalizedText(ru: "Запись с кодом \(code) не найдена. Проверьте код или возьмите талон в общую очередь.",
                                    en: "There is no booking with code \(code). Check the code or take a regular ticket."),
                tone: .warning, retry: .checkIn)
        case .tooEarly:
            guard let booking else { return checkIn(code, .unknown, state: state, now: now) }
            let opens = booking.slotAt.addingTimeInterval(-policy.appointmentEarlySeconds)
            let slot = dates.time(booking.slotAt), when = dates.when(opens, from: now)
            return KioskMessage(
                title: LocalizedText(ru: "Вы пришли раньше времени", en: "You are early"),
                body: LocalizedText(ru: "Ваша запись — на \(slot). Регистрация откроется \(when.ru).",
                                    en: "Your booking is at \(slot). Check-in opens \(when.en)."))
        case .tooLate:
            let slot = booking.map { dates.time($0.slotAt) } ?? "—"
            let late = Int(policy.appointmentLateSeconds / 60)
            return KioskMessage(
                title: LocalizedText(ru: "Время записи прошло", en: "Your booking time has passed"),
                body: LocalizedText(ru: "Запись была на \(slot); регистрация возможна не позже чем через \(late) мин. Возьмите, пожалуйста, талон в общую очередь.",
                                    en: "The booking was at \(slot); check-in closes \(late) min after it. Please take a regular ticket."),
                tone: .warning)
        case .alreadyCheckedIn:
            let label = booking?.ticket.flatMap { state.tickets[$0]?.label }
            return KioskMessage(
                title: LocalizedText(ru: "Талон уже выдан", en: "Ticket already issued"),
                body: label.map { LocalizedText(ru: "По этой записи уже выдан талон \($0).",
                                                en: "Ticket \($0) has already been issued for this booking.") }
                    ?? CheckInRefusal.alreadyCheckedIn.message)
        }
    }

    /// The answer to a readiness lookup that gives no ticket.
    func readiness(_ number: ApplicationNumber, _ notice: ReadinessNotice?, state: HallState) -> KioskMessage {
        guard let notice else {
            return KioskMessage(
                title: LocalizedText(ru: "Заявление не найдено", en: "Application not found"),
                body: LocalizedText(ru: "Заявление № \(number) не найдено. Проверьте номер в расписке; сведения о недавно поданных заявлениях могут появиться позже.",
                                    en: "Application No. \(number) was not found. Check the number on your receipt; recent applications may appear later."),
                tone: .warning, retry: .readiness)
        }
        if let id = notice.ticket, let t = state.tickets[id], t.isLive {
            return KioskMessage(
                title: LocalizedText(ru: "Талон уже выдан", en: "Ticket already issued"),
                body: LocalizedText(ru: "По заявлению № \(number) уже выдан талон \(t.label). Следите за вызовом на табло.",
                                    en: "Ticket \(t.label) has already been issued for application No. \(number). Watch the board."))
        }
        switch notice.status {
        case .issued:
            return KioskMessage(
                title: LocalizedText(ru: "Документы уже выданы", en: "Documents already collected"),
                body: LocalizedText(ru: "Документы по заявлению № \(number) уже выданы.",
                                    en: "The documents for application No. \(number) have already been collected."))
        case .inProgress, .ready:
            let expected = notice.expected.map {
                LocalizedText(ru: " Ожидаемая дата готовности — \(dates.day($0, .ru)).",
                              en: " They are expected on \(dates.day($0, .en)).")
            }
            return KioskMessage(
                title: LocalizedText(ru: "Документы ещё не готовы", en: "Documents are not ready yet"),
                body: LocalizedText(ru: "Документы по заявлению № \(number) готовятся.\(expected?.ru ?? "") Мы пришлём уведомление, когда они будут готовы.",
                                    en: "The documents for application No. \(number) are being prepared.\(expected?.en ?? "") We will notify you when they are ready."))
        }
    }

    /// A refusal of the hall engine, for a visitor.
    func refusal(_ error: HallError) -> KioskMessage {
        switch error.code {
        case .rateLimited:
            return KioskMessage(
                title: LocalizedText(ru: "Минуточку", en: "Just a moment"),
                body: LocalizedText(ru: "С этого терминала только что выдано много талонов. Подождите минуту и попробуйте снова — или обратитесь к консультанту.",
                                    en: "Many tickets were just issued at this kiosk. Please wait a minute and try again, or ask a consultant."))
        case .dailyLimitReached:
            return KioskMessage(
                title: LocalizedText(ru: "Талоны на сегодня закончились", en: "No more tickets today"),
                body: LocalizedText(ru: "На эту услугу сегодня талонов больше нет. Запишитесь на другой день на портале госуслуг или у консультанта.",
                                    en: "There are no more tickets for this service today. Book another day online or with a consultant."),
                tone: .warning)
        case .centerClosed:
            return KioskMessage(title: KioskStrings.closed,
                                body: LocalizedText(ru: "Сейчас талоны не выдаются.", en: "Tickets are not issued now."))
        default:
            return KioskMessage(
                title: LocalizedText(ru: "Талон не выдан", en: "No ticket issued"),
                body: LocalizedText(ru: "Не удалось выдать талон. Обратитесь, пожалуйста, к консультанту.",
                                    en: "The ticket could not be issued. Please ask a consultant."),
                tone: .warning)
        }
    }
}
