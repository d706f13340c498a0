public import Foundation
public import TalonCore

/// What one printed ticket says: the facts, already in the ticket's language.
///
/// Holds nothing about the visitor but the language they chose: no names, no booking
/// details, so a ticket or a log line built from it carries no personal data.
public struct TicketContent: Sendable, Hashable {
    /// The center's name as printed at the top.
    public var centerName: String
    /// The printed number, «П042».
    public var label: String
    /// The service's name, «Паспорт РФ».
    public var serviceName: String
    /// When the ticket was issued.
    public var issuedAt: Date
    /// The center's time zone: date and time are printed in it.
    public var timeZone: TimeZone
    /// Tickets to be called before this one, if known.
    public var ahead: Int?
    /// Expected wait in whole minutes, if known.
    public var waitMinutes: Int?
    /// The live status page, printed as a QR code; `nil` prints no QR.
    public var statusURL: String?
    /// The visitor's chosen language.
    public var language: Language

    public init(centerName: String, label: String, serviceName: String, issuedAt: Date,
                timeZone: TimeZone, ahead: Int? = nil, waitMinutes: Int? = nil,
                statusURL: String? = nil, language: Language = .ru) {
        self.centerName = centerName
        self.label = label
        self.serviceName = serviceName
        self.issuedAt = issuedAt
        self.timeZone = timeZone
        self.ahead = ahead
        self.waitMinutes = waitMinutes
        self.statusURL = statusURL
        self.language = language
    }

    /// The content of an issued ticket.
    ///
    /// - Parameters:
    ///   - answer: what the engine answered the issue command with.
    ///   - hall: the hall configuration (center name, time zone, `publicURL`, services).
    ///   - token: the ticket's status-page token; the QR reads `<publicURL>/t/<token>`.
    ///     `nil`, or no `publicURL`, prints no QR.
    public init(answer: TicketAnswer, hall: HallConfig, token: String?) {
        let ticket = answer.ticket
        let language = ticket.language
        let service = hall.service(ticket.service)
        self.init(
            centerName: hall.center.name.text(language),
            label: ticket.label,
            serviceName: service?.name.text(language) ?? ticket.service.rawValue,
            issuedAt: ticket.issuedAt,
            timeZone: TimeZone(identifier: hall.center.timeZone) ?? TimeZone(secondsFromGMT: 0)!,
            ahead: answer.estimate?.ahead,
            waitMinutes: answer.estimate?.minutes,
            statusURL: token.flatMap { TicketToken.pageURL(base: hall.center.publicURL, token: $0) },
            language: language)
    }
}
