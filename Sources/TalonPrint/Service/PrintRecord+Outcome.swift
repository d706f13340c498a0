public import TalonCore

extension PrintRecord {
    /// The record of `outcome`: what the print adapter tells the hall about a ticket.
    ///
    /// The message says what happened in Russian first — the console shows it to staff —
    /// and then the printer's own English message.
    public init(outcome: PrintOutcome, ticket: TicketID, printer: DeviceID) {
        let status: TicketPrintStatus = switch outcome.status {
        case .printed: .printed
        case .pending: .pending
        case .failed: .failed
        }
        var message: String?
        if status != .printed {
            let reason = outcome.error.map { Self.russian($0.code) } ?? "талон не напечатан"
            let then = status == .pending
                ? "номер показан на экране; талон напечатается, когда принтер освободится"
                : "номер показан на экране"
            message = "принтер «\(printer)»: \(reason); \(then)"
                + (outcome.error.map { " / \($0.message)" } ?? " / the ticket did not print")
        }
        self.init(ticket: ticket, printer: printer, status: status, message: message)
    }

    /// What went wrong, in Russian, for staff.
    static func russian(_ code: PrintError.Code) -> String {
        switch code {
        case .serverUnreachable: "сервер печати (cupsd) не отвечает"
        case .queueNotFound: "очередь печати не найдена"
        case .notAccepting: "очередь печати не принимает задания"
        case .jobFailed: "сервер печати не принял задание"
        case .jobCanceled: "задание печати отменено"
        case .jobStuck: "талон ещё не напечатан (принтер не отвечает или занят)"
        case .paperOut: "нет бумаги"
        case .offline: "принтер не отвечает или открыта крышка"
        case .unknownProfile, .invalidProfile: "профиль принтера не найден"
        case .invalidAddress: "неверный адрес принтера"
        case .io: "ошибка связи с принтером"
        }
    }
}
