import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TalonCore
import TalonTestSupport
import TalonWeb

@Suite("HTTP API")
struct APITests {
    @Test("POST /tickets issues a ticket: 201 with number, place and estimated wait")
    func issue() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let r = try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"passport"}"#)
            #expect(r.status == .created)
            let t = try r.json()
            #expect(t["label"] as? String == "П001")
            #expect(t["service"] as? String == "passport")
            #expect(t["position"] as? Int == 1)
            #expect(t["estimatedWaitSeconds"] is Int)
            #expect(t["issuedAt"] is String)
        }
    }

    @Test("the same Idempotency-Key gives the same answer and no second ticket")
    func idempotency() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            var headers = As.kiosk
            headers[HTTPField.Name("Idempotency-Key")!] = "kiosk-1-press-42"
            let a = try await client.call(.post, "/api/v1/tickets", headers, json: #"{"service":"passport"}"#)
            let b = try await client.call(.post, "/api/v1/tickets", headers, json: #"{"service":"passport"}"#)
            #expect(a.status == .created && b.status == .created)
            #expect(try a.json()["id"] as? String == b.json()["id"] as? String)
            let c = try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"passport"}"#)
            #expect(try c.json()["label"] as? String == "П002", "without a key, a second ticket")
            #expect(await h.engine.current.waitingTickets.count == 2)
        }
    }

    @Test("call-next: 204 when nothing waits, 200 with the ticket and the reason otherwise")
    func callNext() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let me = try await As.account("consultant", client)
            try await client.call(.post, "/api/v1/windows/w11/sign-in", me) { #expect($0.status == .ok) }
            try await client.call(.post, "/api/v1/windows/w11/open", me) { #expect($0.status == .ok) }
            try await client.call(.post, "/api/v1/windows/w11/call-next", me) { #expect($0.status == .noContent) }
            try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"issue"}"#)
            // What the window would call, with why and how long it has to wait, before it calls.
            let next = try await client.call(.get, "/api/v1/windows/w11/next", me)
            #expect(next.status == .ok)
            let ranked = try #require(try JSONSerialization.jsonObject(with: Data(next.text.utf8)) as? [[String: Any]])
            #expect(ranked.map { $0["label"] as? String } == ["В001"])
            #expect((ranked.first?["reason"] as? [String: Any])?["kind"] as? String == "earliest_due")
            #expect(ranked.first?["estimatedWaitSeconds"] is Int)
            let r = try await client.call(.post, "/api/v1/windows/w11/call-next", me)
            #expect(r.status == .ok)
            let t = try r.json()
            #expect(t["label"] as? String == "В001")
            #expect(t["status"] as? String == "called")
            #expect(t["windowNumber"] as? Int == 11)
            #expect((t["reason"] as? [String: Any])?["kind"] as? String == "earliest_due")
            for step in ["recall", "start", "finish"] {
                try await client.call(.post, "/api/v1/windows/w11/\(step)", me) { #expect($0.status == .ok, "\(step)") }
            }
            let queue = try await client.call(.get, "/api/v1/queue", As.board)
            #expect(queue.status == .ok)
            #expect((try queue.json()["recentCalls"] as? [Any])?.count == 2)
        }
    }

    @Test("refusals are problem details: 404 unknown, 409 busy, 422 invalid, 400 malformed — never 500")
    func problems() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let me = try await As.account("manager", client)
            func expectProblem(_ r: TestResponse, _ status: HTTPResponse.Status, _ code: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
                #expect(r.status == status, "\(r.text)", sourceLocation: sourceLocation)
                #expect(r.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
                let p = try r.json()
                #expect(p["code"] as? String == code, sourceLocation: sourceLocation)
                #expect(p["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
                #expect((p["detail"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
            }
            try expectProblem(try await client.call(.post, "/api/v1/windows/w99/call-next", me), .notFound, "unknown_window")
            try expectProblem(try await client.call(.get, "/api/v1/tickets/nope", me), .notFound, "unknown_ticket")
            try expectProblem(try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"pets"}"#),
                              .unprocessableContent, "unknown_service")
            try expectProblem(try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"#),
                              .badRequest, "malformed_request")
            try expectProblem(try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":42}"#),
                              .badRequest, "malformed_request")
            try expectProblem(try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"[]"#),
                              .badRequest, "malformed_request")
            try expectProblem(try await client.call(.post, "/api/v1/windows/w11/transfer", me, json: "{}"),
                              .unprocessableContent, "invalid_transfer")
            // A closed window cannot call; a window serving someone is busy.
            try expectProblem(try await client.call(.post, "/api/v1/windows/w12/call-next", me), .conflict, "window_not_open")
            try await client.call(.post, "/api/v1/windows/w12/open", me)
            try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"consultation"}"#)
            try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"consultation"}"#)
            try await client.call(.post, "/api/v1/windows/w12/call-next", me) { #expect($0.status == .ok) }
            try expectProblem(try await client.call(.post, "/api/v1/windows/w12/call-next", me), .conflict, "window_busy")
            try expectProblem(try await client.call(.get, "/api/v1/nothing-here", me), .notFound, "not_found")
            var bad = As.kiosk
            bad[HTTPField.Name("Idempotency-Key")!] = String(repeating: "k", count: 300)
            try expectProblem(try await client.call(.post, "/api/v1/tickets", bad, json: #"{"service":"issue"}"#),
                              .badRequest, "bad_idempotency_key")
        }
    }

    @Test("every control endpoint refuses without the right role; a display token cannot call tickets")
    func roles() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        let windowCommands = ["call-next", "recall", "start", "finish", "no-show", "transfer", "call-specific",
                              "open", "pause", "close", "sign-in", "sign-out", "rate"]
        try await h.app.test(.router) { client in
            for command in windowCommands {
                let path = "/api/v1/windows/w11/\(command)"
                try await client.call(.post, path) { #expect($0.status == .unauthorized, "\(path) anonymous") }
                try await client.call(.post, path, As.board) { #expect($0.status == .forbidden, "\(path) display") }
                try await client.call(.post, path, As.kiosk) { #expect($0.status == .forbidden, "\(path) kiosk") }
            }
            try await client.call(.post, "/api/v1/tickets", As.board, json: #"{"service":"issue"}"#) {
                #expect($0.status == .forbidden, "a display cannot issue")
            }
            try await client.call(.post, "/api/v1/tickets") { #expect($0.status == .unauthorized) }
            try await client.call(.get, "/api/v1/queue") { #expect($0.status == .unauthorized) }
            try await client.call(.get, "/api/v1/events") { #expect($0.status == .unauthorized) }
            try await client.call(.get, "/api/v1/queue", As.bearer("not-a-token")) { #expect($0.status == .unauthorized) }
            for path in ["postpone", "return"] {
                try await client.call(.post, "/api/v1/tickets/x/\(path)", As.kiosk) { #expect($0.status == .forbidden) }
            }
            // A consultant works windows but cannot cancel tickets or load bookings.
            let consultant = try await As.account("consultant", client)
            try await client.call(.post, "/api/v1/tickets/x/cancel", consultant) { #expect($0.status == .forbidden) }
            try await client.call(.post, "/api/v1/appointments", consultant,
                                  json: #"{"code":"A1","service":"passport","slotAt":"2026-11-24T08:00:00Z"}"#) {
                #expect($0.status == .forbidden)
            }
            try await client.call(.post, "/api/v1/windows/w11/sign-in", consultant, json: #"{"consultant":"someone"}"#) {
                #expect($0.status == .forbidden, "a consultant signs in only as themselves")
            }
            // The session cookie without the CSRF token does not work for a POST.
            var cookieOnly = consultant
            cookieOnly[HTTPField.Name("X-CSRF-Token")!] = nil
            try await client.call(.post, "/api/v1/windows/w11/open", cookieOnly) {
                #expect($0.status == .forbidden)
                #expect((try? $0.json())?["code"] as? String == "csrf")
            }
            try await client.call(.post, "/api/v1/windows/w11/open", consultant) { #expect($0.status == .ok) }
            let manager = try await As.account("manager", client)
            try await client.call(.post, "/api/v1/appointments", manager,
                                  json: #"{"code":"A1","service":"passport","slotAt":"2026-11-24T08:00:00Z"}"#) {
                #expect($0.status == .ok, "a single booking is an import of one (ImportAPITests)")
            }
        }
    }

    @Test("sign-in: the cookie is HttpOnly and SameSite=Strict; failures are rate-limited")
    func signIn() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let ok = try await client.call(.post, "/api/v1/session", json: #"{"login":"admin","password":"demo"}"#)
            #expect(ok.status == .ok)
            let cookie = ok.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            for _ in 0..<5 {
                try await client.call(.post, "/api/v1/session", json: #"{"login":"consultant","password":"guess"}"#) {
                    #expect($0.status == .unauthorized)
                }
            }
            try await client.call(.post, "/api/v1/session", json: #"{"login":"consultant","password":"demo"}"#) {
                #expect($0.status == .tooManyRequests)
                #expect($0.headers[.retryAfter] != nil)
            }
        }
    }

    @Test("the OpenAPI document, /metrics and the display pages are served")
    func documents() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            try await client.call(.get, "/openapi.yaml") {
                #expect($0.status == .ok)
                #expect($0.text.hasPrefix("openapi: 3.1.0"))
            }
            try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"issue"}"#)
            try await client.call(.get, "/metrics") {
                #expect($0.status == .ok)
                for name in ["talon_tickets_issued_total", "talon_tickets_waiting", "talon_wait_seconds",
                             "talon_sse_clients", "talon_journal_commit_seconds", "talon_tickets_served_total"] {
                    #expect($0.text.contains(name), "\(name)")
                }
                #expect($0.text.contains(#"talon_tickets_waiting{service="issue"} 1"#))
            }
            try await client.call(.get, "/display/hall-board") {
                #expect($0.status == .ok)
                #expect($0.text.contains("<html"))
            }
            try await client.call(.get, "/display/nope") { #expect($0.status == .notFound) }
            try await client.call(.get, "/display/static/..%2Fboard.html") { #expect($0.status == .notFound) }
            try await client.call(.get, "/console") { #expect($0.status == .ok) }
            try await client.call(.get, "/dashboard") {
                #expect($0.status == .ok)
                #expect($0.text.contains("/display/static/equipment.js"))
            }
            try await client.call(.get, "/display/static/equipment.js") { #expect($0.status == .ok) }
            try await client.call(.get, "/") { #expect($0.text.contains(#"href="/dashboard""#)) }
        }
    }
}
