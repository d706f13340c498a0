import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import TalonCore

/// The one subscriber of the engine's events on the web side: it encodes each event
/// once as an ``EventFrame`` and fans the frames out to the SSE clients.
///
/// Every client has its own bounded buffer that drops the oldest frames when the
/// client does not keep up, so a slow or dead client never holds up the engine or the
/// others; the client notices the gap in sequence numbers and reads what it missed from
/// the journal (``EventStream``).
final class EventHub: Service, Sendable {
    let engine: HallEngine
    let history: any EventHistory
    let metrics: HallMetrics
    let logger: Logger
    private let clients = Mutex<[UUID: AsyncStream<StreamItem>.Continuation]>([:])
    /// Tickets by id, for the printed number in frames: filled from `ticket.issued`, so
    /// looking one up rarely needs the engine.
    private let tickets = Mutex<[TicketID: Ticket]>([:])
    /// Frames per client before the oldest are dropped.
    static let clientBuffer = 1024

    init(engine: HallEngine, history: any EventHistory, metrics: HallMetrics, logger: Logger) {
        self.engine = engine
        self.history = history
        self.metrics = metrics
        self.logger = logger
    }

    var description: String { "EventHub" }

    enum StreamItem: Sendable {
        case frame(EventFrame)
        case heartbeat
    }

    func run() async throws {
        let live = engine.events(buffer: 16_384)
        var last = await engine.current.sequence
        for await event in live.cancelOnGracefulShutdown() {
            if event.sequence <= last { continue }
            if event.sequence > last + 1 {
                // The engine's buffer dropped events for us: read them from the journal.
                do {
                    for frame in try await read(after: last, through: event.sequence - 1) { publish(frame) }
                } catch {
                    logger.error("event hub could not catch up from the journal", metadata: ["error": "\(error)"])
                }
            }
            let frame = await frame(event)
            metrics.observe(event, ticket: frame.ticket)
            publish(frame)
            last = event.sequence
        }
        let all = clients.withLock { c in defer { c.removeAll() }; return Array(c.values) }
        for c in all { c.finish() }
    }

    /// A new client's stream of frames (and the heartbeats ``EventStream`` adds).
    func subscribe() -> (AsyncStream<StreamItem>, AsyncStream<StreamItem>.Continuation) {
        let (stream, continuation) = AsyncStream<StreamItem>.makeStream(bufferingPolicy: .bufferingNewest(Self.clientBuffer))
        let id = UUID()
        clients.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.clients.withLock { $0.removeValue(forKey: id) }
        }
        return (stream, continuation)
    }

    var clientCount: Int { clients.withLock { $0.count } }

    private func publish(_ frame: EventFrame) {
        let targets = clients.withLock { Array($0.values) }
        for c in targets { c.yield(.frame(frame)) }
    }

    /// Frames for the journaled events after `sequence` up to `upper` (all when `nil`).
    func read(after sequence: Int64, through upper: Int64? = nil, page: Int = 500) async throws -> [EventFrame] {
        var frames: [EventFrame] = []
        var last = sequence
        while true {
            let limit = upper.map { Int(min(Int64(page), $0 - last)) } ?? page
            guard limit > 0 else { break }
            let events = try await history.eventsAfter(sequence: last, limit: limit)
            for e in events { frames.append(await frame(e)) }
            guard let end = events.last?.sequence, events.count == limit else { break }
            last = end
        }
        return frames
    }

    /// The frame of `e`, with its ticket's printed number.
    func frame(_ e: JournaledEvent) async -> EventFrame {
        var ticket: Ticket?
        if case .ticketIssued(let t) = e.event {
            ticket = t
            tickets.withLock {
                if $0.count > 50_000 { $0.removeAll() }
                $0[t.id] = t
            }
        } else if let id = e.event.ticketID {
            ticket = tickets.withLock { $0[id] }
            if ticket == nil {
                ticket = await engine.current.tickets[id]
                if ticket == nil { ticket = try? await history.ticket(id) }
                if let ticket { tickets.withLock { $0[id] = ticket } }
            }
        }
        return EventFrame(e, ticket: ticket, config: engine.config)
    }
}
