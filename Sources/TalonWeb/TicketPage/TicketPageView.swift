import Foundation
import TalonCore

/// What a visitor's phone sees of one ticket (`GET /api/v1/t/{token}`, the live page).
///
/// Only what the printed ticket already says and where it stands now, plus the two things
/// a page needs to say it (the visitor's language, the hall's time zone): no ticket ids,
/// no kiosk, nothing that names or finds another ticket. The token in the address is the
/// only key, so this view must never carry one either.
struct TicketPageView: Codable, Sendable, Hashable {
    /// The printed number, «П042».
    var label: String
    var serviceName: LocalizedText
    /// `waiting`, `postponed`, `called`, `serving`, `finished`, `no_show` or `cancelled`.
    var status: String
    /// The language the visitor chose at the kiosk: the page speaks it first.
    var language: String
    /// Tickets to be called before this one; only while waiting.
    var ahead: Int?
    /// Expected wait in whole minutes (rounded up, as the kiosk and the board show it);
    /// only while waiting.
    var waitMinutes: Int?
    /// The window to go to (called) or where the visitor is served (serving).
    var windowNumber: Int?
    var issuedAt: Date
    /// The center's IANA time zone, so a phone set to another zone shows the hall's time.
    var timeZone: String

    init(_ t: Ticket, estimate: WaitEstimate?, config: HallConfig) {
        label = t.label
        serviceName = config.service(t.service)?.name ?? LocalizedText(ru: t.service.rawValue, en: t.service.rawValue)
        status = t.status.rawValue
        language = t.language.rawValue
        if t.status == .waiting, let estimate {
            ahead = estimate.ahead
            waitMinutes = estimate.minutes
        }
        if t.status == .called || t.status == .serving {
            windowNumber = t.window.flatMap { config.window($0)?.number }
        }
        issuedAt = t.issuedAt
        timeZone = config.center.timeZone
    }
}
