import Foundation
import Testing
import TalonConfig
import TalonCore
import TalonStore
import TalonTestSupport
import TalonWeb

@Suite("Server-Sent Events")
struct SSEResumeTests {
    /// Waits until `condition` holds, up to `seconds`.
    static func eventually(_ seconds: Double = 15, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    static func openAndCall(_ engine: HallEngine, tickets: Int, prefix: String) async throws {
        for i in 0..<tickets {
            _ = try await engine.submit(.issueTicket(IssueTicket(service: "issue")), id: CommandID("\(prefix)-issue-\(i)"))
        }
        for i in 0..<tickets {
            _ = try? await engine.submit(.finishService(window: "w11", outcome: .served), id: CommandID("\(prefix)-fin-\(i)"))
            _ = try await engine.submit(.callNext(window: "w11"), id: CommandID("\(prefix)-call-\(i)"))
        }
    }

    @Test("restarting the server mid-stream: the client resumes with Last-Event-ID and misses no call")
    func restart() async throws {
        let folder = try TempFolder("talon-sse")
        defer { folder.remove() }
        let first = try await WebHarness.make(folder: folder)
        _ = try await first.engine.submit(.openWindow(window: "w11"), id: "open")
        let server1 = try await LiveServer.start(first, port: LocalPorts.stable())
        let port = server1.port
        let client = SSERecorder(port: port, token: WebHarness.board)
        client.start()
        defer { client.stop() }
        #expect(await Self.eventually { client.snapshot.connections == 1 })

        try await Self.openAndCall(first.engine, tickets: 3, prefix: "a")
        #expect(await Self.eventually { client.snapshot.calls.count == 3 }, "live calls before the restart")

        // Restart: stop (graceful, snapshot), reopen the journal, calls happen before the
        // client is back.
        try await server1.stop()
        try first.journal.close()
        let second = try await WebHarness.make(folder: folder)
        try await Self.openAndCall(second.engine, tickets: 3, prefix: "b")
        let server2 = try await LiveServer.restart(second, port: port)
        defer { Task { try? await server2.stop() } }
        #expect(await Self.eventually { client.snapshot.connections == 2 }, "the client reconnected")
        try await Self.openAndCall(second.engine, tickets: 2, prefix: "c")
        #expect(await Self.eventually { client.snapshot.calls.count == 8 })

        let seen = client.snapshot
        #expect(seen.calls == ["В001", "В002", "В003", "В004", "В005", "В006", "В007", "В008"])
        let last = await second.engine.current.sequence
        #expect(seen.ids == Array(2...last), "every event once, in order, no gap (event 1 came before the client)")
        try await server2.stop()
    }

    @Test("a client that reconnects with an old Last-Event-ID gets exactly what it missed")
    func resumeFromStore() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        _ = try await h.engine.submit(.openWindow(window: "w11"), id: "open")
        try await Self.openAndCall(h.engine, tickets: 4, prefix: "a")
        let server = try await LiveServer.start(h)
        let c = try RawHTTPConnection(port: server.port)
        c.setTimeout(seconds: 15)
        try c.send("GET", "/api/v1/events", headers: ["Authorization": "Bearer \(WebHarness.board)", "Last-Event-ID": "3"])
        #expect(try await blocking { try c.readHead() }.status == 200)
        var text = ""
        let last = await h.engine.current.sequence
        while !text.contains("id: \(last)\n") { text += try await blocking { try c.readChunk() } ?? "" }
        let ids = text.split(separator: "\n").filter { $0.hasPrefix("id: ") }.compactMap { Int64($0.dropFirst(4)) }
        #expect(ids == Array(4...last))
        try await server.stop()
    }
}
