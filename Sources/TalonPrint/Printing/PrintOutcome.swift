/// What became of a ticket sent to its printer, as the kiosk needs to know it.
///
/// A ticket is valid whether or not it printed: when ``showOnScreen`` is true the kiosk
/// shows the number and the QR code on its screen instead.
public struct PrintOutcome: Sendable, Hashable {
    /// How far the print got.
    public enum Status: Sendable, Hashable {
        /// The job completed: the bytes reached the printer.
        case printed
        /// cupsd holds the job but it has not printed within the follow time; it may
        /// still print (a refilled printer prints held jobs).
        case pending
        /// The job could not be created, or was canceled or aborted.
        case failed
    }

    public var status: Status
    /// The CUPS job id, when a job was created.
    public var jobID: Int32?
    /// Why it did not print; `nil` when it printed.
    public var error: PrintError?
    /// Time from the call to the job accepted by cupsd, if it was.
    public var acceptedAfter: Duration?
    /// Time from the call to the job completed, if it did.
    public var completedAfter: Duration?

    public init(status: Status, jobID: Int32? = nil, error: PrintError? = nil,
                acceptedAfter: Duration? = nil, completedAfter: Duration? = nil) {
        self.status = status
        self.jobID = jobID
        self.error = error
        self.acceptedAfter = acceptedAfter
        self.completedAfter = completedAfter
    }

    /// Whether the kiosk must show the ticket's number and QR code on screen.
    public var showOnScreen: Bool { status != .printed }
}
