import Foundation
import TalonCore
import GRDB

/// A `Ticket` as a row of the `tickets` table, both ways.
enum TicketRow {
    /// The columns, in the order of ``arguments(_:)`` and of ``ticket(_:)``; `id` first.
    static let names = [
        "id", "business_day", "service", "number", "label", "category", "appointment", "slot_at", "language", "kiosk",
        "status", "window", "target_window", "issued_at", "first_called_at", "called_at", "started_at", "finished_at",
        "recalls", "transfers", "outcome", "public_token", "application", "print_status",
    ]

    /// ``names`` as SQL: `id, business_day, …`.
    static let columns = names.joined(separator: ", ")

    /// One `?` per column, for `INSERT INTO tickets (\(columns)) VALUES (\(placeholders))`.
    static let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")

    static func arguments(_ t: Ticket) -> StatementArguments {
        [
            t.id.rawValue, DayText.iso(t.businessDay), t.service.rawValue, t.number, t.label,
            (t.category?.rawValue).sql, (t.appointment?.rawValue).sql, UnixNanos.from(t.slotAt).sql,
            t.language.rawValue, (t.kiosk?.rawValue).sql, t.status.rawValue, (t.window?.rawValue).sql,
            (t.targetWindow?.rawValue).sql, UnixNanos.from(t.issuedAt), UnixNanos.from(t.firstCalledAt).sql,
            UnixNanos.from(t.calledAt).sql, UnixNanos.from(t.startedAt).sql, UnixNanos.from(t.finishedAt).sql,
            t.recalls, t.transfers, (t.outcome?.rawValue).sql, t.publicToken.sql, (t.application?.rawValue).sql,
            (t.printStatus?.rawValue).sql,
        ]
    }

    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    /// Decodes a row selected with ``columns``.
    static func ticket(_ row: Row) throws -> Ticket {
        let id: String = row[0]
        let dayText: String = row[1]
        guard let day = BusinessDay(iso: dayText) else {
            throw Invalid(description: "ticket \(id): business_day «\(dayText)» is not YYYY-MM-DD")
        }
        let languageText: String = row[8]
        let statusText: String = row[10]
        guard let language = Language(rawValue: languageText) else {
            throw Invalid(description: "ticket \(id): unknown language «\(languageText)»")
        }
        guard let status = TicketStatus(rawValue: statusText) else {
            throw Invalid(description: "ticket \(id): unknown status «\(statusText)»")
        }
        var t = Ticket(id: TicketID(id), number: row[3], label: row[4], service: ServiceID(row[2] as String),
                       businessDay: day,
                       category: (row[5] as String?).map(CategoryID.init),
                       appointment: (row[6] as String?).map(AppointmentCode.init),
                       slotAt: date(row[7]), language: language,
                       kiosk: (row[9] as String?).map(DeviceID.init),
                       issuedAt: UnixNanos.date(row[13]))
        t.status = status
        t.window = (row[11] as String?).map(WindowID.init)
        t.targetWindow = (row[12] as String?).map(WindowID.init)
        t.firstCalledAt = date(row[14])
        t.calledAt = date(row[15])
        t.startedAt = date(row[16])
        t.finishedAt = date(row[17])
        t.recalls = row[18]
        t.transfers = row[19]
        if let text = row[20] as String? {
            guard let outcome = TicketOutcome(rawValue: text) else {
                throw Invalid(description: "ticket \(id): unknown outcome «\(text)»")
            }
            t.outcome = outcome
        }
        t.publicToken = row[21]
        t.application = (row[22] as String?).map(ApplicationNumber.init)
        if let text = row[23] as String? {
            guard let status = TicketPrintStatus(rawValue: text) else {
                throw Invalid(description: "ticket \(id): unknown print status «\(text)»")
            }
            t.printStatus = status
        }
        return t
    }

    private static func date(_ nanos: Int64?) -> Date? { nanos.map(UnixNanos.date) }
}
