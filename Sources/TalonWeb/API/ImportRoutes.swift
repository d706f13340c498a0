import Foundation
import Hummingbird
import TalonCore

/// `POST /api/v1/appointments` and `POST /api/v1/notices`: load bookings and
/// document-readiness notices, as `talon import … --url` does (managers).
///
/// The body is a JSON array of rows (one object is taken as an array of one). Every row
/// is checked first with ``ImportCheck``, as the CSV import checks it; any problem
/// answers 422 listing each one (`[3].slot: …`) and loads nothing. Otherwise the rows go
/// to the engine under content-derived command ids (``ImportCommandID``), so sending
/// the same rows again changes nothing, and the answer counts what happened.
extension WebHall {
    /// The largest import body: a day of a large center's bookings is far smaller.
    static let importBodyLimit = 4 * 1024 * 1024
    /// The most rows in one request.
    static let importRowLimit = 20_000

    func addImportRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.post("appointments") { request, context in
            try context.require(.manage)
            let rows = try await body(OneOrMany<AppointmentRow>.self, request, limit: Self.importBodyLimit).items
            let check = try importCheck()
            let appointments = try Self.checked(rows, key: "code", { $0.code.rawValue }) { row in
                check.appointment(code: row.code, service: row.service, slot: row.slot ?? row.slotAt,
                                  category: row.category)
            }
            return try json(ImportResultView(try await loadRows { try await engine.load(appointments: appointments) },
                                              kind: .appointments))
        }

        api.post("notices") { request, context in
            try context.require(.manage)
            let rows = try await body(OneOrMany<NoticeRow>.self, request, limit: Self.importBodyLimit).items
            let check = try importCheck()
            let notices = try Self.checked(rows, key: "application", { $0.application.rawValue }) { row in
                check.notice(application: row.application, service: row.service, status: row.status,
                             expected: row.expected)
            }
            return try json(ImportResultView(try await loadRows { try await engine.load(notices: notices) },
                                              kind: .notices))
        }
    }

    private func importCheck() throws -> ImportCheck {
        guard let check = ImportCheck(hall: config) else {
            throw Problem(.serviceUnavailable, code: "journal_failed", "the hall's time zone is unknown")
        }
        return check
    }

    /// The values of `rows`, or a 422 naming every problem (`[index].field: message`).
    static func checked<Row, Value>(_ rows: [Row], key: String, _ keyOf: (Value) -> String,
                                    _ build: (Row) -> (Value?, [ImportProblem])) throws -> [Value] {
        guard rows.count <= importRowLimit else {
            throw Problem(.contentTooLarge, code: "too_many_rows",
                          "в запросе больше \(importRowLimit) строк; разделите его / more than \(importRowLimit) rows; split the request")
        }
        var values: [Value] = []
        var problems: [String] = []
        var seen: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            let (value, found) = build(row)
            problems += found.map { "[\(index)].\($0)" }
            guard let value else { continue }
            let id = keyOf(value)
            if let first = seen[id] {
                problems.append("[\(index)].\(ImportCheck.duplicate(key, id, first: ("строка [\(first)]", "row [\(first)]")))")
                continue
            }
            seen[id] = index
            values.append(value)
        }
        guard problems.isEmpty else {
            let shown = problems.prefix(20).joined(separator: "\n")
            let more = problems.count > 20 ? "\n… и ещё \(problems.count - 20) / \(problems.count - 20) more" : ""
            throw Problem(.unprocessableContent, code: "invalid_rows",
                          "ничего не загружено, исправьте строки / nothing was loaded; fix these rows:\n\(shown)\(more)")
        }
        return values
    }

    /// Runs an import; a journal failure is a 503 to retry (the same rows change nothing twice).
    private func loadRows(_ load: () async throws -> ImportSummary) async throws -> ImportSummary {
        do {
            return try await load()
        } catch {
            throw Problem(.serviceUnavailable, code: "journal_failed",
                          "журнал не принял строки (\(error)); повторите запрос / the journal did not take the rows; "
                            + "send them again", headers: [.retryAfter: "1"])
        }
    }
}

/// A JSON array of `Item`, or a single `Item` taken as an array of one.
struct OneOrMany<Item: Decodable>: Decodable {
    var items: [Item]

    init(from decoder: any Decoder) throws {
        do {
            items = try [Item](from: decoder)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            items = [try Item(from: decoder)]
        }
    }
}

/// A booking as the API takes it. Fields are text so that a bad value is reported per
/// row by ``ImportCheck``; `slotAt` is the older name of `slot`.
struct AppointmentRow: Decodable {
    var code: String?
    var service: String?
    var slot: String?
    var slotAt: String?
    var category: String?
}

/// A readiness notice as the API takes it.
struct NoticeRow: Decodable {
    var application: String?
    var service: String?
    var status: String?
    var expected: String?
}

/// The answer to an import.
struct ImportResultView: Encodable {
    var loaded: Int
    var unchanged: Int
    var refused: [ImportRefusal]
    /// «загружено 2 записи на приём, без изменений 0 / loaded 2 appointments, 0 unchanged».
    var summary: String

    init(_ s: ImportSummary, kind: ImportKind) {
        loaded = s.loaded
        unchanged = s.unchanged
        refused = s.refused
        summary = s.text(kind)
    }
}
