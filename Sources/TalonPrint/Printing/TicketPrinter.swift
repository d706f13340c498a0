public import TalonCore

/// Prints tickets on one configured printer: lays out, renders for the printer's
/// format and profile, submits through the shared ``CupsConnection`` and follows the
/// job for a short while.
///
/// Never blocks its caller's thread: the CUPS calls run on the connection's own thread.
/// Never throws: a ticket that cannot be printed comes back as an outcome telling the
/// kiosk to show it on screen.
public struct TicketPrinter: Sendable {
    /// The printer's configuration.
    public let config: PrinterConfig
    /// The printer's profile (for `raw`).
    public let profile: PrinterProfile
    /// The center's ticket template.
    public let template: TicketTemplate
    private let connection: CupsConnection

    public init(config: PrinterConfig, profile: PrinterProfile, template: TicketTemplate = .standard,
                connection: CupsConnection) {
        self.config = config
        self.profile = profile
        self.template = template
        self.connection = connection
    }

    /// The document this printer is sent for `content`.
    public func document(for content: TicketContent) -> PrintDocument {
        let laidOut = template.layout(content)
        switch config.format {
        case .raw: return .raw(EscPosRenderer(profile: profile).render(laidOut))
        case .text: return .text(PlainTextRenderer(width: 40).render(laidOut))
        }
    }

    /// Prints `content` and follows the job for up to `follow`.
    ///
    /// - Returns: ``PrintOutcome/Status/printed`` once cupsd reports the job completed;
    ///   ``PrintOutcome/Status/pending`` if it is still waiting after `follow` (it may
    ///   print later: the kiosk shows the ticket on screen now); ``PrintOutcome/Status/failed``
    ///   if no job could be made or it was canceled.
    /// - Parameter submitted: called exactly once: when the job is with cupsd, or once it
    ///   is clear that it never will be, before the job is followed: the next ticket can go to the
    ///   printer then, and print in order, without waiting for this one's job to finish.
    public func print(_ content: TicketContent, follow: Duration = .seconds(3),
                      submitted: @Sendable () -> Void = {}) async -> PrintOutcome {
        await print(document(for: content), title: "Talon ticket \(content.label)", follow: follow, submitted: submitted)
    }

    /// Prints a rendered document (the benchmark and `print-test` use this directly).
    public func print(_ document: PrintDocument, title: String, follow: Duration = .seconds(3),
                      submitted: @Sendable () -> Void = {}) async -> PrintOutcome {
        var submittedCalled = false
        defer { if !submittedCalled { submitted() } }
        let clock = ContinuousClock()
        let start = clock.now
        // A socket printer swallows a job with an empty roll and CUPS calls it completed:
        // ask the printer first, where its address is known. No answer is not a verdict
        // (it may be busy with another connection); the job goes to CUPS then.
        if let address = config.statusAddress, let probe = try? EscPosStatusProbe(address: address, timeout: .milliseconds(300)),
           let status = try? await probe.status(), status.paper == .out || status.coverOpen {
            let queue = config.queue ?? "(default)"
            return PrintOutcome(status: .failed, error: status.paper == .out
                ? .paperOut(queue, reason: "DLE EOT paper-out")
                : PrintError(.offline, "printer `\(queue)` has its cover open; close it; tickets are shown on screen meanwhile"))
        }
        let jobID: Int32
        do {
            jobID = try await connection.submit(document, to: config.queue, title: title)
        } catch {
            return PrintOutcome(status: .failed, error: error)
        }
        let accepted = clock.now - start
        submittedCalled = true
        submitted()
        let follower = JobFollower(connection: connection)
        let final = await follower.follow(jobID, for: follow)
        let queue = config.queue ?? "(default)"
        switch final?.state {
        case .completed:
            return PrintOutcome(status: .printed, jobID: jobID, acceptedAfter: accepted,
                                completedAfter: clock.now - start)
        case .canceled, .aborted:
            let reasons = final?.reasons.joined(separator: ",") ?? ""
            return PrintOutcome(status: .failed, jobID: jobID,
                                error: PrintError(.jobCanceled, "the ticket job on printer `\(queue)` was canceled (\(reasons)); the ticket is shown on screen"),
                                acceptedAfter: accepted)
        default:
            return PrintOutcome(status: .pending, jobID: jobID,
                                error: PrintError(.jobStuck, "printer `\(queue)` has not printed the ticket yet; it is shown on screen and prints when the printer recovers"),
                                acceptedAfter: accepted)
        }
    }
}
