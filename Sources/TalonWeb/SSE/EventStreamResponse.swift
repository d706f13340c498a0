import Hummingbird
import HTTPTypes
import NIOCore

/// How every Server-Sent Events route answers: the hall's events (`/api/v1/events`), a
/// kiosk's screen and a ticket's live page.
extension WebHall {
    static let eventStreamHeaders: HTTPFields = [
        .contentType: "text/event-stream", .cacheControl: "no-store",
        // A reverse proxy (nginx) would otherwise hold the events back in its buffer.
        HTTPField.Name("X-Accel-Buffering")!: "no",
    ]

    /// A `text/event-stream` response whose body `stream` writes. The client counts in
    /// `talon_sse_clients{kind}` while `stream` runs; the body ends when it returns.
    func eventStream(kind: String = "other",
                     _ stream: @escaping @Sendable @concurrent (inout any ResponseBodyWriter) async throws -> Void)
        -> Response {
        Response(status: .ok, headers: Self.eventStreamHeaders, body: ResponseBody { [metrics] writer in
            metrics.clientConnected(kind: kind, delta: 1)
            defer { metrics.clientConnected(kind: kind, delta: -1) }
            try await stream(&writer)
            try await writer.finish(nil)
        })
    }
}
