/// What an import loads: bookings or document-readiness notices.
///
/// Knows the Russian and English words for its rows, so that a summary reads
/// «загружено 12 записей на приём» and not «загружено 12 строк».
public enum ImportKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// Bookings (``Appointment``), loaded by ``Command/bookAppointment(_:)``.
    case appointments
    /// Document-readiness notices (``ReadinessNotice``), loaded by ``Command/loadNotice(_:)``.
    case notices

    /// «5 записей на приём», «1 заявление», with the Russian plural form for `count`.
    public func russian(_ count: Int) -> String {
        switch self {
        case .appointments:
            "\(count) " + RussianPlural.form(count, one: "запись", few: "записи", many: "записей") + " на приём"
        case .notices:
            "\(count) " + RussianPlural.form(count, one: "заявление", few: "заявления", many: "заявлений")
        }
    }

    /// «5 appointments», «1 readiness notice».
    public func english(_ count: Int) -> String {
        switch self {
        case .appointments: count == 1 ? "1 appointment" : "\(count) appointments"
        case .notices: count == 1 ? "1 readiness notice" : "\(count) readiness notices"
        }
    }
}
