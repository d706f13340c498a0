/// A document-readiness notice: whether the documents of an application are ready to
/// be picked up, and if not, when they are expected.
///
/// The central store sends these (a later issue); for now they are loaded by the API or
/// a CSV import. A ready notice lets the kiosk issue a pickup ticket for ``service``.
public struct ReadinessNotice: Sendable, Codable, Hashable, Identifiable {
    public var application: ApplicationNumber
    /// The service whose queue picks the documents up («Выдача документов»).
    public var service: ServiceID
    public var status: ReadinessStatus
    /// For documents not ready: the day they are expected, in the center's calendar.
    public var expected: BusinessDay?
    /// The pickup ticket issued for it, once one was.
    public var ticket: TicketID?

    public var id: ApplicationNumber { application }

    public init(application: ApplicationNumber, service: ServiceID, status: ReadinessStatus,
                expected: BusinessDay? = nil, ticket: TicketID? = nil) {
        self.application = application
        self.service = service
        self.status = status
        self.expected = expected
        self.ticket = ticket
    }

    /// An application number as visitors type it: spaces dropped, letters upper-cased,
    /// so «12-345 67» and «12-34567» are the same application.
    public static func normalised(_ text: String) -> ApplicationNumber {
        ApplicationNumber(String(text.filter { !$0.isWhitespace }).uppercased())
    }
}

/// Where an application's documents are.
public enum ReadinessStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Ready to be picked up.
    case ready
    /// Still being prepared.
    case inProgress = "in_progress"
    /// Already handed over.
    case issued
}
