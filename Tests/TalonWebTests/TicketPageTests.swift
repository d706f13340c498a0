import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TalonCore
import TalonTestSupport
import TalonWeb

@Suite("The ticket's live page: /t/{token} and its API")
struct TicketPageTests {
    /// The live-page token of the ticket printed `label`.
    static func token(_ label: String, _ h: WebHarness) async throws -> String {
        let ticket = await h.engine.current.tickets.values.first { $0.label == label }
        guard let token = ticket?.publicToken else { throw TestFailure("no ticket \(label) with a token") }
        return token
    }

    @Test("the JSON view of a waiting ticket: no credentials, only its own fields, ahead and wait as /queue says")
    func waitingView() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        _ = try await h.engine.submit(.openWindow(window: "w1"), id: "open-w1")
        try await h.app.test(.router) { client in
            for language in ["ru", "ru", "en"] {
                try await client.call(.post, "/api/v1/tickets", As.kiosk,
                                      json: #"{"service":"passport","language":"\#(language)"}"#) { #expect($0.status == .created) }
            }
            let token = try await Self.token("П003", h)
            let r = try await client.call(.get, "/api/v1/t/\(token)")
            #expect(r.status == .ok, "\(r.text)")
            #expect(r.headers[.cacheControl] == "no-store")
            let view = try r.json()
            #expect(Set(view.keys) == ["label", "serviceName", "status", "language", "ahead", "waitMinutes", "issuedAt", "timeZone"])
            #expect(view["label"] as? String == "П003")
            #expect(view["status"] as? String == "waiting")
            #expect(view["language"] as? String == "en")
            #expect((view["serviceName"] as? [String: String])?["ru"] == "Паспорт РФ")
            let ticket = await h.engine.current.tickets.values.first { $0.label == "П003" }!
            #expect(!r.text.contains(ticket.id.rawValue), "no ticket id")
            #expect(!r.text.contains("kiosk"), "no kiosk")

            let queue = try await client.call(.get, "/api/v1/queue", As.board).json()
            let passport = (queue["services"] as? [[String: Any]])?.first { $0["id"] as? String == "passport" }
            let waiting = try #require(passport?["waiting"] as? Int)
            let seconds = try #require(passport?["expectedWaitSeconds"] as? Int)
            // П003 is the last passport ticket in line: the queue's longest wait is its wait.
            #expect(view["ahead"] as? Int == waiting - 1)
            #expect(view["ahead"] as? Int == 2)
            #expect(view["waitMinutes"] as? Int == Int((Double(seconds) / 60).rounded(.up)))
            #expect((view["waitMinutes"] as? Int ?? 0) > 0)
        }
    }

    @Test("unknown, expired and malformed tokens all get the very same 404; stray credentials change nothing")
    func sameNotFound() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        _ = try await h.engine.submit(.openWindow(window: "w1"), id: "open-w1")
        try await h.app.test(.router) { client in
            try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"passport"}"#)
            let token = try await Self.token("П001", h)
            // A stale cookie or a wrong token must not turn the public page into a 401.
            let junk: HTTPFields = [.authorization: "Bearer nope", .cookie: "talon_session=stale"]
            try await client.call(.get, "/api/v1/t/\(token)", junk) { #expect($0.status == .ok) }
            try await client.call(.get, "/t/\(token)?token=nope", junk) {
                #expect($0.status == .ok)
                #expect($0.headers[.contentType] == "text/html; charset=utf-8")
                #expect($0.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            }

            // The day ends: yesterday's finished ticket leaves the hall's state.
            for (i, step) in [Command.callNext(window: "w1"), .startService(window: "w1"),
                              .finishService(window: "w1", outcome: .served)].enumerated() {
                _ = try await h.engine.submit(step, id: CommandID("step-\(i)"))
            }
            // (The state lets the day's tickets go when the next day's first one is issued.)
            h.clock.advance(24 * 3600)
            _ = try await h.engine.submit(.issueTicket(IssueTicket(service: "passport")), id: "next-day")
            #expect(await h.engine.current.ticket(publicToken: token) == nil)

            let unknown = String(repeating: "A", count: 22)
            let malformed = ["short", String(repeating: "!", count: 22), String(repeating: "x", count: 300),
                             "%2e%2e%2fetc", "a/b", "%F0%9F%8E%AB"]
            for suffix in ["", "/events"] {
                let first = try await client.call(.get, "/api/v1/t/\(unknown)\(suffix)")
                #expect(first.status == .notFound)
                #expect(first.headers[.contentType] == "application/problem+json")
                #expect(try first.json()["code"] as? String == "ticket_not_found")
                for t in [token] + malformed {
                    let r = try await client.call(.get, "/api/v1/t/\(t)\(suffix)", junk)
                    #expect(r.status == .notFound, "\(t)\(suffix)")
                    #expect(r.headers[.contentType] == first.headers[.contentType])
                    // The same problem (its keys come in no fixed order).
                    #expect(try NSDictionary(dictionary: r.json()) == NSDictionary(dictionary: first.json()), "\(t)\(suffix): \(r.text)")
                }
            }
            let page = try await client.call(.get, "/t/\(unknown)")
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("Талон не найден") && page.text.contains("Ticket not found"))
            for t in [token] + malformed {
                let r = try await client.call(.get, "/t/\(t)", junk)
                #expect(r.status == .notFound, "\(t)")
                #expect(r.text == page.text, "\(t)")
            }
            try await client.call(.get, "/t") { #expect($0.status == .notFound && $0.text == page.text) }
        }
    }

    @Test("the event stream: the view at once, the window when the ticket is called, then the end when it is finished")
    func stream() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        let server = try await LiveServer.start(h)
        let api = try RawHTTPConnection(port: server.port)
        for _ in 0..<2 {
            #expect(try await blocking { try api.request("POST", "/api/v1/tickets", headers: ["Authorization": "Bearer \(WebHarness.kiosk)"],
                                                         body: #"{"service":"passport"}"#) }.status == 201)
        }
        let token = try await Self.token("П002", h)
        let page = TicketPageReader(port: server.port, token: token)
        try await blocking { try page.open() }

        let first = try await blocking { try page.next() }
        #expect(first?.status == "waiting")
        #expect(first?.ahead == 1)
        #expect(first?.windowNumber == nil)

        _ = try await h.engine.submit(.openWindow(window: "w5"), id: "open-w5")
        _ = try await h.engine.submit(.callNext(window: "w5"), id: "call-1")   // П001
        let ahead0 = try await blocking { try page.next { $0.ahead == 0 } }
        #expect(ahead0?.status == "waiting", "a call of another ticket moves this one up")

        _ = try await h.engine.submit(.finishService(window: "w5", outcome: .served), id: "finish-1")
        _ = try await h.engine.submit(.callNext(window: "w5"), id: "call-2")   // П002
        let called = try await blocking { try page.next { $0.status == "called" } }
        #expect(called?.windowNumber == 5)
        #expect(called?.label == "П002")
        #expect(called?.ahead == nil)

        _ = try await h.engine.submit(.startService(window: "w5"), id: "start-2")
        _ = try await h.engine.submit(.finishService(window: "w5", outcome: .served), id: "finish-2")
        let last = try await blocking { try page.next { $0.status == "finished" } }
        #expect(last?.windowNumber == nil)
        #expect(try await blocking { try page.next() } == nil, "the stream ends with the ticket")
        try await server.stop()
    }

    @Test("200 phones at once: every page follows its own ticket to where the hall says it is")
    func manyPages() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        let server = try await LiveServer.start(h)
        // Straight to the engine: the kiosk may issue six a minute.
        for i in 0..<200 {
            _ = try await h.engine.submit(.issueTicket(IssueTicket(service: "issue")), id: CommandID("issue-\(i)"))
        }
        var pages: [String: TicketPageReader] = [:]
        for label in (1...200).map({ String(format: "В%03d", $0) }) {
            let page = TicketPageReader(port: server.port, token: try await Self.token(label, h))
            try await blocking { try page.open() }
            pages[label] = page
        }
        // A burst: 40 calls and 38 finishes on two windows, as fast as the engine takes them;
        // every one of them moves the 160 tickets still waiting.
        for w in ["w10", "w11"] { _ = try await h.engine.submit(.openWindow(window: WindowID(w)), id: CommandID("open-\(w)")) }
        for i in 0..<20 {
            for w in ["w10", "w11"] {
                _ = try? await h.engine.submit(.finishService(window: WindowID(w), outcome: .served), id: CommandID("fin-\(w)-\(i)"))
                _ = try await h.engine.submit(.callNext(window: WindowID(w)), id: CommandID("call-\(w)-\(i)"))
            }
        }
        let state = await h.engine.current
        let estimates = h.engine.estimator.estimates(in: state, now: h.clock.now())
        var expected: [String: (status: String, window: Int?, ahead: Int?)] = [:]
        for t in state.tickets.values {
            expected[t.label] = (t.status.rawValue, t.status == .called ? t.window.flatMap { h.web.config.window($0)?.number } : nil,
                                 estimates[t.id]?.ahead)
        }
        #expect(expected.values.filter { $0.status == "called" }.count == 2)
        #expect(expected.values.filter { $0.status == "finished" }.count == 38)
        #expect(expected.values.filter { $0.status == "waiting" }.count == 160)

        let seen = try await withThrowingTaskGroup(of: (String, TicketPageReader.View?).self) { group in
            for (label, page) in pages {
                let want = expected[label]
                group.addTask {
                    (label, try await blocking { try page.next { $0.status == want?.status && $0.ahead == want?.ahead } })
                }
            }
            return try await group.reduce(into: [String: TicketPageReader.View]()) { $0[$1.0] = $1.1 }
        }
        for (label, want) in expected {
            #expect(seen[label]?.status == want.status, "\(label)")
            #expect(seen[label]?.windowNumber == want.window, "\(label)")
            #expect(seen[label]?.ahead == want.ahead, "\(label)")
        }
        try await server.stop()
    }
}

/// One phone on `GET /api/v1/t/{token}/events`, read with blocking calls (wrap in
/// ``blocking(_:)``): no credentials, like the page.
final class TicketPageReader: @unchecked Sendable {
    // @unchecked: one test drives a reader at a time, from one thread after another.
    let port: Int
    let token: String
    private var connection: RawHTTPConnection?
    private var text = ""
    /// Events read but not yet looked at by ``next(where:)``.
    private var pending: [ServerSentEvent] = []
    private var ended = false

    init(port: Int, token: String) {
        self.port = port
        self.token = token
    }

    func open() throws {
        let c = try RawHTTPConnection(port: port)
        c.setTimeout(seconds: 15)
        try c.send("GET", "/api/v1/t/\(token)/events", headers: ["Accept": "text/event-stream"])
        let head = try c.readHead()
        guard head.status == 200 else { throw TestFailure("the ticket's event stream answered \(head.status)") }
        guard head.headers["content-type"] == "text/event-stream" else { throw TestFailure("not an event stream") }
        connection = c
    }

    /// What a test looks at in a view.
    struct View: Decodable, Sendable {
        var label: String
        var status: String
        var ahead: Int?
        var waitMinutes: Int?
        var windowNumber: Int?
    }

    /// The next `event: ticket` view that satisfies `condition`; `nil` once the stream ends.
    func next(where condition: (View) -> Bool = { _ in true }) throws -> View? {
        guard let c = connection else { throw TestFailure("not open") }
        while true {
            while !pending.isEmpty {
                let event = pending.removeFirst()
                guard event.name == "ticket", let view = try? JSONDecoder().decode(View.self, from: Data(event.data.utf8))
                else { continue }
                if condition(view) { return view }
            }
            if ended { return nil }
            if let chunk = try c.readChunk() { text += chunk } else { ended = true }
            pending += ServerSentEvent.take(from: &text)
        }
    }
}
