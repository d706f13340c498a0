import Foundation

/// A print job's state as Get-Job-Attributes reports it.
public struct JobStatus: Sendable, Hashable {
    /// `job-state` (RFC 8011).
    public enum State: Int, Sendable, Hashable {
        case pending = 3, held = 4, processing = 5, stopped = 6
        case canceled = 7, aborted = 8, completed = 9

        /// Whether the job will not change any more.
        public var isFinal: Bool { rawValue >= 7 }
    }

    /// The job id cupsd gave.
    public var id: Int32
    public var state: State
    /// `job-state-reasons`.
    public var reasons: [String]
    /// `time-at-creation`, seconds since 1970 on cupsd's clock.
    public var createdAt: Double?

    public init(id: Int32, state: State, reasons: [String], createdAt: Double? = nil) {
        self.id = id
        self.state = state
        self.reasons = reasons
        self.createdAt = createdAt
    }
}
