import Testing
@testable import TalonWeb

/// The HTTP benchmark's display client finds each call in the raw bytes of a chunked
/// event stream, and where the frame ends (its delivery time is the read that ended it).
@Suite struct SSEReceiverTests {
    func chunk(_ text: String) -> String {
        String(text.utf8.count, radix: 16) + "\r\n" + text + "\r\n"
    }

    @Test func findsEveryCallAndWhereItsFrameEnds() {
        let issued = "id: 7\nevent: ticket.issued\ndata: {\"ticket\":{\"label\":\"К001\"}}\n\n"
        let called = "id: 8\nevent: ticket.called\ndata: {\"seq\":8,\"ticket\":{\"id\":\"t1\",\"label\":\"К001\",\"service\":\"consultation\"}}\n\n"
        let heartbeat = ": ♥\n\n"
        let again = "id: 9\nevent: ticket.called\ndata: {\"ticket\":{\"label\":\"П012\"}}\n\n"
        let text = "retry: 2000\n\n" + chunk(issued) + chunk(called) + chunk(heartbeat) + chunk(again)
        let bytes = Array(text.utf8)
        let calls = SSEReceiver.calls(in: bytes)
        #expect(calls.map(\.0) == ["К001", "П012"], "the issue is not a call; both calls found, in order")
        let firstEnd = Array((("retry: 2000\n\n" + chunk(issued)).utf8)).count + Array(chunk(called).utf8).count - 2
        #expect(calls.first?.1 == firstEnd, "the first call ends at its blank line, before the chunk's CRLF")
        #expect(calls.last?.1 == bytes.count - 2)
    }

    @Test func aFrameCutShortIsNotCounted() {
        let partial = "event: ticket.called\ndata: {\"ticket\":{\"label\":\"К001\"}}\n"
        #expect(SSEReceiver.calls(in: Array(partial.utf8)).isEmpty)
    }
}
