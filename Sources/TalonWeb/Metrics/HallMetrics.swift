import Foundation
import Prometheus
import TalonCore

/// The hall's Prometheus metrics (`GET /metrics`): tickets issued and served per
/// service, waiting per service, the wait-time histogram, connected SSE clients and
/// the journal's commit time.
///
/// Counters and the wait histogram follow the live events (fed by ``EventHub``);
/// waiting counts and commit times are read from the engine at each scrape.
final class HallMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let issued: [ServiceID: Counter]
    private let served: [ServiceID: Counter]
    private let waiting: [ServiceID: Gauge]
    private let waitSeconds: ValueHistogram
    private let commitSeconds: ValueHistogram
    private let clients: [String: Gauge]

    init(config: HallConfig) {
        var issued: [ServiceID: Counter] = [:], served: [ServiceID: Counter] = [:], waiting: [ServiceID: Gauge] = [:]
        for s in config.services {
            let l = [("service", s.id.rawValue)]
            issued[s.id] = registry.makeCounter(name: "talon_tickets_issued_total", labels: l,
                                                help: "Tickets issued since the server started")
            served[s.id] = registry.makeCounter(name: "talon_tickets_served_total", labels: l,
                                                help: "Tickets whose service finished since the server started")
            waiting[s.id] = registry.makeGauge(name: "talon_tickets_waiting", labels: l,
                                               help: "Tickets waiting to be called now")
        }
        self.issued = issued
        self.served = served
        self.waiting = waiting
        waitSeconds = registry.makeValueHistogram(
            name: "talon_wait_seconds", labels: [],
            buckets: [60, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200],
            help: "Hall time from issue to first call")
        commitSeconds = registry.makeValueHistogram(
            name: "talon_journal_commit_seconds", labels: [],
            buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5],
            help: "Duration of the journal's group commits (fsync included)")
        var clients: [String: Gauge] = [:]
        for kind in ["display", "other"] {
            clients[kind] = registry.makeGauge(name: "talon_sse_clients", labels: [("kind", kind)],
                                               help: "Connected Server-Sent Events clients (wall displays and others)")
        }
        self.clients = clients
    }

    /// Counts a live event; `ticket` is the event's ticket as it was issued.
    func observe(_ e: JournaledEvent, ticket: Ticket?) {
        switch e.event {
        case .ticketIssued(let t): issued[t.service]?.increment()
        case .serviceFinished:
            if let t = ticket { served[t.service]?.increment() }
        case .ticketCalled(_, _, let at, _):
            // The first call only: a recall or a call after a transfer is not a new wait.
            if let t = ticket, t.firstCalledAt == nil || t.firstCalledAt == at {
                waitSeconds.record(max(0, at.timeIntervalSince(t.issuedAt)))
            }
        default: break
        }
    }

    func clientConnected(kind: String, delta: Int) {
        if delta > 0 { clients[kind]?.increment(by: Double(delta)) } else { clients[kind]?.decrement(by: Double(-delta)) }
    }

    /// The text exposition, after reading the engine's gauges.
    func render(engine: HallEngine) async -> String {
        let counts = await engine.current.waiting.counts
        for (s, g) in waiting { g.set(Double(counts[s] ?? 0)) }
        for nanos in await engine.takeCommitDurations() { commitSeconds.record(Double(nanos) / 1e9) }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
