public import Foundation

/// Checks the fields of one imported row against the hall, the same way for every
/// adapter (the CSV import, the HTTP API), and builds the row's value.
///
/// Fields come as text exactly as given (`nil` when absent); blank text counts as
/// absent. Every problem of the row is returned, not only the first.
public struct ImportCheck: Sendable {
    /// The hall rows are checked against.
    public let hall: HallConfig
    /// The center's time zone, for slot times without an offset.
    public let zone: TimeZone

    /// Longest booking code or application number accepted.
    public static let maximumKeyLength = 64

    /// A check against `hall`; `nil` if the hall's time zone is unknown (a validated
    /// ``HallConfig`` never has one).
    public init?(hall: HallConfig) {
        guard let zone = TimeZone(identifier: hall.center.timeZone) else { return nil }
        self.hall = hall
        self.zone = zone
    }

    /// A booking from `code`, `service`, `slot` and the optional `category`.
    public func appointment(code: String?, service: String?, slot: String?,
                            category: String?) -> (Appointment?, [ImportProblem]) {
        var problems: [ImportProblem] = []
        let code = key(code, field: "code", what: ("код записи", "booking code"), &problems)
        let service = self.service(service, &problems)
        var slotAt: Date?
        if let text = present(slot) {
            slotAt = ImportValues.slot(text, in: zone)
            if slotAt == nil {
                problems.append(ImportProblem(field: "slot", kind: .invalid, message: Self.both(
                    "«\(Self.clip(text))» — не дата и время; пишите местное время центра, 2026-11-24 10:30, "
                        + "или со смещением, 2026-11-24T10:30:00+03:00",
                    "not a date and time; write the center's local time, 2026-11-24 10:30, "
                        + "or with an offset, 2026-11-24T10:30:00+03:00")))
            }
        } else {
            problems.append(Self.missing("slot", ("время записи", "slot time")))
        }
        var categoryID: CategoryID?
        if let text = present(category) {
            categoryID = CategoryID(text)
            if hall.category(CategoryID(text)) == nil {
                let known = hall.categories.map(\.id.rawValue)
                problems.append(ImportProblem(field: "category", kind: .unknownReference, message: Self.both(
                    "льготной категории «\(Self.clip(text))» нет в настройках зала" + Self.list(known, ru: true),
                    "no priority category «\(Self.clip(text))» in this hall" + Self.list(known, ru: false))))
            }
        }
        guard problems.isEmpty, let code, let service, let slotAt else { return (nil, problems) }
        return (Appointment(code: AppointmentCode(code), service: service, slotAt: slotAt, category: categoryID), [])
    }

    /// A readiness notice from `application` (normalised: «12-345 67» is «12-34567»),
    /// `service`, `status` (`ready`, `in_progress`, `issued`) and `expected`, a day
    /// required for documents still in progress.
    public func notice(application: String?, service: String?, status: String?,
                       expected: String?) -> (ReadinessNotice?, [ImportProblem]) {
        var problems: [ImportProblem] = []
        let number = key(application.map { ReadinessNotice.normalised($0).rawValue }, field: "application",
                         what: ("номер заявления", "application number"), &problems)
        let service = self.service(service, &problems)
        var readiness: ReadinessStatus?
        if let text = present(status) {
            let word = text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
            readiness = ReadinessStatus(rawValue: word)
            if readiness == nil {
                let choices = ReadinessStatus.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", ")
                problems.append(ImportProblem(field: "status", kind: .invalid, message: Self.both(
                    "«\(Self.clip(text))» — не состояние документов; пишите \(choices)",
                    "not a readiness status; write \(choices)")))
            }
        } else {
            problems.append(Self.missing("status", ("состояние документов", "status")))
        }
        var day: BusinessDay?
        if let text = present(expected) {
            day = ImportValues.day(text)
            if day == nil {
                problems.append(ImportProblem(field: "expected", kind: .invalid, message: Self.both(
                    "«\(Self.clip(text))» — не дата; пишите 2026-11-27",
                    "not a date; write 2026-11-27")))
            }
        } else if readiness == .inProgress {
            problems.append(ImportProblem(field: "expected", kind: .missing, message: Self.both(
                "для документов в работе (in_progress) нужна ожидаемая дата готовности, 2026-11-27",
                "documents in progress need the day they are expected, 2026-11-27")))
        }
        guard problems.isEmpty, let number, let service, let readiness else { return (nil, problems) }
        return (ReadinessNotice(application: ApplicationNumber(number), service: service,
                                status: readiness, expected: day), [])
    }

    /// The problem of a key (booking code, application) seen twice in one import.
    ///
    /// - Parameter first: where it was first, in Russian and English: («строка 3», «line 3»).
    public static func duplicate(_ field: String, _ key: String, first: (ru: String, en: String)) -> ImportProblem {
        ImportProblem(field: field, kind: .duplicate, message: both(
            "«\(clip(key))» уже есть выше (\(first.ru)); оставьте одну строку",
            "«\(clip(key))» is already listed above (\(first.en)); keep one"))
    }

    // MARK: - Fields

    private func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private func key(_ text: String?, field: String, what: (String, String),
                     _ problems: inout [ImportProblem]) -> String? {
        guard let text = present(text) else {
            problems.append(Self.missing(field, what))
            return nil
        }
        guard text.count <= Self.maximumKeyLength,
              !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{FFFD}" }) else {
            problems.append(ImportProblem(field: field, kind: .invalid, message: Self.both(
                "\(what.0) «\(Self.clip(text))» длиннее \(Self.maximumKeyLength) знаков или содержит управляющие символы",
                "the \(what.1) is longer than \(Self.maximumKeyLength) characters or holds control characters")))
            return nil
        }
        return text
    }

    private func service(_ text: String?, _ problems: inout [ImportProblem]) -> ServiceID? {
        guard let text = present(text) else {
            problems.append(Self.missing("service", ("услуга", "service")))
            return nil
        }
        guard hall.service(ServiceID(text)) != nil else {
            let known = hall.services.map(\.id.rawValue)
            problems.append(ImportProblem(field: "service", kind: .unknownReference, message: Self.both(
                "услуги «\(Self.clip(text))» нет в этом зале" + Self.list(known, ru: true),
                "no service «\(Self.clip(text))» in this hall" + Self.list(known, ru: false))))
            return nil
        }
        return ServiceID(text)
    }

    // MARK: - Wording

    static func both(_ ru: String, _ en: String) -> String { "\(ru) / \(en)" }

    static func missing(_ field: String, _ what: (String, String)) -> ImportProblem {
        ImportProblem(field: field, kind: .missing, message: both("не указано: \(what.0)", "the \(what.1) is missing"))
    }

    /// «; есть: a, b, c», when the list is short enough to help.
    static func list(_ known: [String], ru: Bool) -> String {
        guard !known.isEmpty, known.count <= 15 else { return "" }
        return (ru ? "; есть: " : "; known: ") + known.joined(separator: ", ")
    }

    /// A value as quoted in a message: at most 40 characters, control characters shown as
    /// «?» (so a quoted value stays on its line). Adapters quote their own values with it.
    public static func clip(_ text: String) -> String {
        let shown = String(text.unicodeScalars.prefix(40).map {
            $0.properties.generalCategory == .control ? "?" : Character($0)
        })
        return text.unicodeScalars.count > 40 ? shown + "…" : shown
    }
}
