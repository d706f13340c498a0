import Foundation
import Synchronization

/// Fans journaled events out to subscribers (SSE clients, the printer, the metrics).
///
/// Each subscriber has its own bounded buffer that drops its oldest events when full,
/// so a slow or dead subscriber never holds up the engine or the others.
final class EventBroadcaster: Sendable {
    private let subscribers = Mutex<[UUID: AsyncStream<JournaledEvent>.Continuation]>([:])

    func subscribe(buffer: Int) -> AsyncStream<JournaledEvent> {
        let (stream, continuation) = AsyncStream<JournaledEvent>.makeStream(
            bufferingPolicy: .bufferingNewest(max(buffer, 1)))
        let id = UUID()
        subscribers.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        return stream
    }

    func publish(_ events: [JournaledEvent]) {
        let targets = subscribers.withLock { Array($0.values) }
        for c in targets { for e in events { c.yield(e) } }
    }
}
