/// What one poll learned about a printer: the raw facts the fault rules judge.
public struct PrinterObservation: Sendable, Hashable {
    /// Whether cupsd answered a fresh connection.
    public var serverReachable: Bool
    /// The queue's state, when cupsd knows the queue.
    public var queue: PrinterQueueStatus?
    /// Seconds the oldest unfinished job on the queue has waited.
    public var oldestJobAge: Double?
    /// The printer's own DLE EOT answer, when it has a status address and answered.
    public var selfStatus: PrinterSelfStatus?
    /// Seconds the printer's status address has not answered (0 or `nil` when it does
    /// or has none).
    public var selfStatusSilence: Double?

    public init(serverReachable: Bool, queue: PrinterQueueStatus? = nil, oldestJobAge: Double? = nil,
                selfStatus: PrinterSelfStatus? = nil, selfStatusSilence: Double? = nil) {
        self.serverReachable = serverReachable
        self.queue = queue
        self.oldestJobAge = oldestJobAge
        self.selfStatus = selfStatus
        self.selfStatusSilence = selfStatusSilence
    }
}
