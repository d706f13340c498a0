/// The answer to a command, given only after its events are durable.
///
/// Stored with the command id, so that a retry gets the very same answer.
public enum CommandResult: Sendable, Codable, Hashable {
    /// The ticket the command issued, called or changed, with its place in the queue
    /// where it waits.
    case ticket(TicketAnswer)
    /// `callNext` found nothing the window may serve.
    case nothingWaiting(window: WindowID)
    /// A window changed mode or consultant.
    case window(WindowState)
    /// A rating was recorded.
    case rating(Rating)
    /// A booking code could not be checked in; the kiosk shows why.
    case checkInRefused(code: AppointmentCode, reason: CheckInRefusal)
    /// Accepted; nothing to show (a tick, an import, a device report).
    case accepted
}

/// A ticket in an answer, with the wait estimate where it waits.
public struct TicketAnswer: Sendable, Codable, Hashable {
    public var ticket: Ticket
    public var estimate: WaitEstimate?
    /// Why the calling policy chose it, for a call.
    public var reason: CallReason?

    public init(ticket: Ticket, estimate: WaitEstimate? = nil, reason: CallReason? = nil) {
        self.ticket = ticket
        self.estimate = estimate
        self.reason = reason
    }
}

/// Why a booking code could not be checked in.
public enum CheckInRefusal: String, Sendable, Codable, Hashable {
    case unknown
    case tooEarly = "too_early"
    case tooLate = "too_late"
    case alreadyCheckedIn = "already_checked_in"

    /// A message for the kiosk screen.
    public var message: LocalizedText {
        switch self {
        case .unknown:
            LocalizedText(ru: "Запись с таким кодом не найдена. Проверьте код или возьмите талон в общую очередь.",
                          en: "No booking with this code. Check the code or take a regular ticket.")
        case .tooEarly:
            LocalizedText(ru: "Вы пришли слишком рано. Регистрация открывается за 30 минут до записи.",
                          en: "You are too early. Check-in opens 30 minutes before your slot.")
        case .tooLate:
            LocalizedText(ru: "Время записи прошло. Возьмите талон в общую очередь.",
                          en: "Your slot has passed. Please take a regular ticket.")
        case .alreadyCheckedIn:
            LocalizedText(ru: "По этой записи талон уже выдан.",
                          en: "A ticket has already been issued for this booking.")
        }
    }
}
