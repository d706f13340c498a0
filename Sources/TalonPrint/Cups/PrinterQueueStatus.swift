/// A CUPS queue's state as Get-Printer-Attributes reports it.
public struct PrinterQueueStatus: Sendable, Hashable {
    /// `printer-state`.
    public enum State: Int, Sendable, Hashable {
        case idle = 3, processing = 4, stopped = 5
    }

    /// The queue name.
    public var name: String
    /// `printer-state`.
    public var state: State
    /// `printer-state-reasons` (`none`, `media-empty-error`, `paused`…).
    public var reasons: [String]
    /// `printer-state-message`, as cupsd or the backend wrote it.
    public var message: String
    /// `printer-is-accepting-jobs`.
    public var isAcceptingJobs: Bool
    /// `device-uri`, where cupsd tells it.
    public var deviceURI: String?
    /// `printer-make-and-model`.
    public var makeAndModel: String?
    /// Whether this is the default destination.
    public var isDefault: Bool

    public init(name: String, state: State, reasons: [String], message: String,
                isAcceptingJobs: Bool, deviceURI: String? = nil, makeAndModel: String? = nil,
                isDefault: Bool = false) {
        self.name = name
        self.state = state
        self.reasons = reasons
        self.message = message
        self.isAcceptingJobs = isAcceptingJobs
        self.deviceURI = deviceURI
        self.makeAndModel = makeAndModel
        self.isDefault = isDefault
    }

    /// Reasons other than `none`.
    public var activeReasons: [String] { reasons.filter { $0 != "none" } }

    /// Whether any reason starts with one of `prefixes` (`media-empty` matches
    /// `media-empty-error`, `-warning` and `-report`).
    public func hasReason(_ prefixes: String...) -> Bool {
        activeReasons.contains { reason in prefixes.contains { reason.hasPrefix($0) } }
    }
}
