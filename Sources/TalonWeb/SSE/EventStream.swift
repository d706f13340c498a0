import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import ServiceLifecycle
import TalonCore

/// `GET /api/v1/events`: the hall's journaled events as Server-Sent Events.
///
/// A client that sends `Last-Event-ID` (a browser does on reconnect; a page may also pass
/// `?last_event_id=`) first gets what it missed from the journal, then the live frames;
/// any frame at or below the last sequence sent is skipped, and a gap (frames dropped
/// because the client was slow) is filled from the journal — so nothing is missed and
/// nothing comes twice. A comment every few seconds keeps the connection alive.
extension WebHall {
    static let lastEventID = HTTPField.Name("Last-Event-ID")!

    /// A `Last-Event-ID` as a sequence number; absent or empty is `nil`.
    static func sequence(_ given: String?) throws -> Int64? {
        guard let given, !given.isEmpty else { return nil }
        guard let n = Int64(given), n >= 0 else {
            throw Problem.badRequest("Last-Event-ID must be a journal sequence number (a whole number ≥ 0)",
                                     code: "bad_last_event_id")
        }
        return n
    }

    func addEventRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.get("events") { request, context in
            let who = try context.require(.read)
            let given = request.headers[Self.lastEventID] ?? request.uri.queryParameters.get("last_event_id")
            let resume = try Self.sequence(given)
            let (items, continuation) = hub.subscribe()
            let start = if let resume { resume } else { await engine.current.sequence }
            let kind = if case .display = who { "display" } else { "other" }
            return eventStream(kind: kind) { writer in
                let heartbeat = Task { [interval = options.heartbeat] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: interval)
                        continuation.yield(.heartbeat)
                    }
                }
                defer {
                    heartbeat.cancel()
                    continuation.finish()
                }
                var last = start
                try await writer.write(ByteBuffer(string: "retry: 2000\n: talon \(start)\n\n"))
                if resume != nil {
                    for frame in try await hub.read(after: last) {
                        try await writer.write(frame.bytes)
                        last = frame.sequence
                    }
                }
                try await withGracefulShutdownHandler {
                    for await item in items {
                        switch item {
                        case .heartbeat:
                            try await writer.write(EventFrame.heartbeat)
                        case .frame(let frame):
                            if frame.sequence <= last { continue }
                            if frame.sequence > last + 1 {
                                for missed in try await hub.read(after: last, through: frame.sequence - 1) {
                                    try await writer.write(missed.bytes)
                                    last = missed.sequence
                                }
                            }
                            try await writer.write(frame.bytes)
                            last = frame.sequence
                        }
                    }
                } onGracefulShutdown: {
                    continuation.finish()
                }
            }
        }
    }
}
