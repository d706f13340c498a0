import Foundation

/// One event of a `text/event-stream`, as the tests' stream readers take it apart.
struct ServerSentEvent: Sendable, Equatable {
    var id: Int64?
    var name = ""
    var data = ""

    /// The complete events at the start of `text`, taken out of it; the start of an event
    /// whose blank line has not come yet stays there for the next chunk.
    static func take(from text: inout String) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        while let end = text.range(of: "\n\n") {
            var event = ServerSentEvent()
            for line in text[..<end.lowerBound].split(separator: "\n") {
                if line.hasPrefix("id: ") { event.id = Int64(line.dropFirst(4)) }
                if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { event.data = String(line.dropFirst(6)) }
            }
            text.removeSubrange(..<end.upperBound)
            events.append(event)
        }
        return events
    }
}
