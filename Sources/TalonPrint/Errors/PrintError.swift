/// Something printing could not do, with a message that says what happened, to which
/// printer, and what to do.
///
/// A struct around a code, so codes can be added without breaking callers; match on
/// ``code``. Messages never carry a visitor's personal data.
public struct PrintError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// cupsd does not answer (not running, wrong address).
        case serverUnreachable = "server_unreachable"
        /// The queue is not known to cupsd.
        case queueNotFound = "queue_not_found"
        /// The queue refuses new jobs (`cupsreject`).
        case notAccepting = "not_accepting"
        /// cupsd refused or failed the job.
        case jobFailed = "job_failed"
        /// The job was canceled or aborted before it printed.
        case jobCanceled = "job_canceled"
        /// The job is still waiting after the follow time-out.
        case jobStuck = "job_stuck"
        /// The printer reports an empty roll.
        case paperOut = "paper_out"
        /// The printer does not answer.
        case offline
        /// No printer profile of that name.
        case unknownProfile = "unknown_profile"
        /// A printer profile file is malformed.
        case invalidProfile = "invalid_profile"
        /// An address such as `host:port` could not be understood.
        case invalidAddress = "invalid_address"
        /// A socket-level failure talking to the printer itself.
        case io
    }

    /// What went wrong; match on this.
    public let code: Code
    /// What happened, to what, and what to do.
    public let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func serverUnreachable(_ server: String) -> PrintError {
        PrintError(.serverUnreachable,
                   "print server `\(server)` does not answer; start cupsd (systemctl start cups) or fix the server address; tickets are shown on screen meanwhile")
    }

    static func queueNotFound(_ queue: String, server: String) -> PrintError {
        PrintError(.queueNotFound,
                   "printer `\(queue)` is not a queue on print server `\(server)`; add it with lpadmin or fix `queue:` in the printers section")
    }

    static func notAccepting(_ queue: String) -> PrintError {
        PrintError(.notAccepting,
                   "printer `\(queue)` is not accepting jobs; run `cupsaccept \(queue)`; tickets are shown on screen until it accepts them")
    }

    static func paperOut(_ queue: String, reason: String) -> PrintError {
        PrintError(.paperOut,
                   "printer `\(queue)` is out of paper (\(reason)); tickets are shown on screen until it is refilled")
    }
}
