import Foundation
public import TalonCore

/// Watches the hall's printers every few seconds and reports each change of their
/// condition as a ``DeviceStatus`` (wrap it in `Command.reportDevice` for the engine).
///
/// Each poll asks cupsd first whether it is there at all, so a stopped cupsd is
/// reported as "print server unreachable", never as a missing printer; then the queue
/// (Get-Printer-Attributes) and its unfinished jobs (Get-Jobs); then, for a printer with
/// a status address, the printer itself (DLE EOT). The first poll reports every
/// printer, so a fault fixed while Talon was down is cleared too.
public actor PrinterMonitor {
    /// For swift-service-lifecycle's logs.
    public nonisolated let description = "printer-monitor"
    private let printers: [PrinterConfig]
    private let connection: CupsConnection
    private let interval: Duration
    private let report: @Sendable (DeviceStatus) async -> Void
    private var probes: [DeviceID: EscPosStatusProbe] = [:]
    private var lastAnswer: [DeviceID: ContinuousClock.Instant] = [:]
    private var firstSeen: [Int32: Date] = [:]
    private var current: [DeviceID: DeviceStatus] = [:]

    /// - Parameters:
    ///   - printers: the printers to watch.
    ///   - connection: the shared CUPS connection.
    ///   - interval: time between polls.
    ///   - report: called with a printer's status when its condition changes.
    public init(printers: [PrinterConfig], connection: CupsConnection, interval: Duration = .seconds(3),
                report: @escaping @Sendable (DeviceStatus) async -> Void) {
        self.printers = printers
        self.connection = connection
        self.interval = interval
        self.report = report
        for printer in printers {
            if let address = printer.statusAddress, let probe = try? EscPosStatusProbe(address: address) {
                probes[printer.id] = probe
            }
        }
    }

    /// Polls until the task is cancelled.
    public func run() async throws {
        while !Task.isCancelled {
            await poll()
            try await Task.sleep(for: interval)
        }
    }

    /// The last reported status of `printer`.
    public func status(of printer: DeviceID) -> DeviceStatus? {
        current[printer]
    }

    /// One round over every printer; reports and returns the statuses that changed.
    @discardableResult
    public func poll() async -> [DeviceStatus] {
        let reachable = await connection.isServerReachable()
        var changed: [DeviceStatus] = []
        for printer in printers {
            let observation = await observe(printer, serverReachable: reachable)
            let status = PrinterFaultRules.evaluate(observation, config: printer,
                                                    server: connection.server.description)
            if current[printer.id]?.condition != status.condition {
                current[printer.id] = status
                changed.append(status)
                await report(status)
            }
        }
        return changed
    }

    private func observe(_ printer: PrinterConfig, serverReachable: Bool) async -> PrinterObservation {
        var observation = PrinterObservation(serverReachable: serverReachable)
        if let probe = probes[printer.id] {
            let clock = ContinuousClock()
            if let status = try? await probe.status() {
                observation.selfStatus = status
                lastAnswer[printer.id] = clock.now
                observation.selfStatusSilence = 0
            } else {
                let since = lastAnswer[printer.id] ?? clock.now
                if lastAnswer[printer.id] == nil { lastAnswer[printer.id] = since }
                let silence = clock.now - since
                observation.selfStatusSilence = Double(silence.components.seconds)
                    + Double(silence.components.attoseconds) / 1e18
            }
        }
        guard serverReachable else { return observation }
        observation.queue = try? await connection.status(of: printer.queue)
        if let name = printer.queue ?? observation.queue?.name,
           let jobs = try? await connection.activeJobs(on: name) {
            let now = Date()
            var ages: [Double] = []
            for job in jobs {
                let seen = firstSeen[job.id] ?? now
                firstSeen[job.id] = seen
                let created = job.createdAt.map { Date(timeIntervalSince1970: $0) } ?? seen
                ages.append(now.timeIntervalSince(min(created, seen)))
            }
            let active = Set(jobs.map(\.id))
            firstSeen = firstSeen.filter { active.contains($0.key) }
            observation.oldestJobAge = ages.max()
        }
        return observation
    }
}
