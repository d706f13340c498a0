import Foundation
import TalonCore
import GRDB

/// Applies one journaled event to the read models, inside the commit's transaction.
struct ReadModelProjector {
    let db: Database

    func apply(_ journaled: JournaledEvent) throws {
        let seq = journaled.sequence
        switch journaled.event {
        case .ticketIssued(let t):
            try run(ProjectionSQL.upsertTicket, TicketRow.arguments(t))
            if let code = t.appointment {
                try run(ProjectionSQL.linkAppointment, [t.id.rawValue, code.rawValue])
            }

        case .ticketCalled(let id, let window, let at, let reason):
            let now = UnixNanos.from(at)
            try run(ProjectionSQL.ticketCalled,
                    [TicketStatus.called.rawValue, window.rawValue, now, now, id.rawValue])
            try run(ProjectionSQL.windowCurrent, [window.rawValue, id.rawValue, now])
            try run(ProjectionSQL.insertCall,
                    [seq, id.rawValue, window.rawValue, "call", reason.kind.rawValue, reason.tier, 0, now])

        case .ticketRecalled(let id, let window, let at, let count):
            let now = UnixNanos.from(at)
            try run(ProjectionSQL.ticketRecalled, [count, now, id.rawValue])
            try run(ProjectionSQL.insertCall,
                    [seq, id.rawValue, window.rawValue, "recall", nil, nil, count, now])

        case .serviceStarted(let id, _, let at):
            try run(ProjectionSQL.ticketStarted, [TicketStatus.serving.rawValue, UnixNanos.from(at), id.rawValue])

        case .serviceFinished(let id, let window, let at, let outcome):
            let now = UnixNanos.from(at)
            try run(ProjectionSQL.ticketClosed, [TicketStatus.finished.rawValue, now, outcome.rawValue, id.rawValue])
            try run(ProjectionSQL.windowFinished, [window.rawValue, id.rawValue, now, now])

        case .ticketNoShow(let id, let window, let at, _):
            let now = UnixNanos.from(at)
            try run(ProjectionSQL.ticketClosed,
                    [TicketStatus.noShow.rawValue, now, TicketOutcome.noShow.rawValue, id.rawValue])
            try run(ProjectionSQL.windowRelease, [now, window.rawValue, id.rawValue])

        case .ticketTransferred(let id, let from, let service, let toWindow, let at):
            try run(ProjectionSQL.ticketTransferred,
                    [TicketStatus.waiting.rawValue, service.rawValue, toWindow?.rawValue, id.rawValue])
            try run(ProjectionSQL.windowRelease, [UnixNanos.from(at), from.rawValue, id.rawValue])

        case .ticketPostponed(let id, _):
            try run(ProjectionSQL.ticketStatus, [TicketStatus.postponed.rawValue, id.rawValue])

        case .ticketReturned(let id, _):
            try run(ProjectionSQL.ticketStatus, [TicketStatus.waiting.rawValue, id.rawValue])

        case .ticketCancelled(let id, let at, _):
            try run(ProjectionSQL.ticketClosed,
                    [TicketStatus.cancelled.rawValue, UnixNanos.from(at), TicketOutcome.cancelled.rawValue, id.rawValue])

        case .windowModeChanged(let window, let mode, let at):
            try run(ProjectionSQL.windowMode, [window.rawValue, mode.rawValue, UnixNanos.from(at)])

        case .consultantSignedIn(let window, let consultant, let at):
            try run(ProjectionSQL.windowSignIn, [window.rawValue, consultant.rawValue, UnixNanos.from(at)])

        case .consultantSignedOut(let window, _, let at):
            try run(ProjectionSQL.windowSignOut, [UnixNanos.from(at), window.rawValue])

        case .ratingRecorded(let r):
            let at = UnixNanos.from(r.at)
            try run(ProjectionSQL.insertRating, [
                seq, r.window.rawValue, r.ticket?.rawValue, r.consultant?.rawValue, r.score, at,
                r.misuse, r.device?.rawValue,
            ])
            try run(ProjectionSQL.windowRated, [at, at, r.window.rawValue])

        case .appointmentBooked(let a):
            try run(ProjectionSQL.upsertAppointment, [
                a.code.rawValue, a.service.rawValue, UnixNanos.from(a.slotAt), a.category?.rawValue, a.ticket?.rawValue,
            ])

        case .ticketPrinted(let record, _):
            try run(ProjectionSQL.ticketPrinted, [record.status.rawValue, record.ticket.rawValue])

        case .checkInRefused, .noticeLoaded:
            break // kept in the events table only (the state holds what the hall needs)

        case .deviceStatusChanged(let status, let at):
            try run(ProjectionSQL.upsertDevice, [
                status.device.rawValue, status.kind.rawValue, status.condition.rawValue, status.message,
                UnixNanos.from(at),
            ])
        }
    }

    private func run(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
