import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TalonCore
import TalonKiosk
import TalonTestSupport
import TalonWeb

/// The demo hall with a second, landscape kiosk (a 21.5″ panel lying down).
enum KioskHall {
    static let kiosk2 = "test-kiosk-2-5f0c9a7e2b41d803"

    static func make(printer: Bool = false) async throws -> WebHarness {
        try await WebHarness.make { config in
            config.kiosks.append(KioskConfig(id: "kiosk-2", token: kiosk2, screen: ScreenSize(width: 1920, height: 1080),
                                             screenWidthMillimetres: 476))
            if printer {
                config.printers = [PrinterConfig(id: "printer-1", kiosk: "kiosk-1"),
                                   PrinterConfig(id: "printer-2", kiosk: "kiosk-2")]
            }
        }
    }
}

@Suite("Kiosk screen routes")
struct KioskRouteTests {
    static func tap(_ port: Int, _ x: Double, _ y: Double, kiosk: String = "kiosk-1",
                    token: String = WebHarness.kiosk) async throws -> RawHTTPConnection.Reply {
        try await blocking {
            try RawHTTPConnection(port: port).request("POST", "/api/v1/kiosks/\(kiosk)/tap",
                                                      headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                                                      body: #"{"x":\#(x),"y":\#(y)}"#)
        }
    }

    @Test("a tap on a button's centre names it; the stream sends «pressed», then the next frame; a margin hits nothing")
    func tapAndStream() async throws {
        let h = try await KioskHall.make()
        defer { h.folder.remove() }
        let server = try await LiveServer.start(h)
        let screen = try await KioskScreenReader(port: server.port, kiosk: "kiosk-1", token: WebHarness.kiosk)
        let (_, first) = try #require(await screen.next { $0.name == "frame" }, "no first frame")
        #expect(first.screen == "home")
        let version = try #require(first.version)
        let (x, y) = try #require(kioskButtonCentre(first.json, "group.social"))

        let reply = try await Self.tap(server.port, x, y)
        #expect(reply.status == 200)
        let answer = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
        #expect(answer["button"] as? String == "group.social")
        #expect(answer["version"] as? Int == version)

        let pressed = await screen.next { $0.name == "pressed" }
        #expect(pressed?.1.button == "group.social" && pressed?.1.version == version)
        let after = await screen.next(after: (pressed?.0 ?? 0) + 1) { $0.name == "frame" }
        #expect(after?.1.screen == "group", "the next frame is the group's screen")
        #expect((after?.1.version ?? 0) > version)
        #expect(after?.1.data.contains("Социальные выплаты и пособия") == true)
        #expect(await h.web.kiosks?.frame(kiosk: "kiosk-1")?.screen == "group")

        // A margin: nothing hit, nothing pressed, the frame stays.
        let shown = try #require(after?.1.version)
        let margin = try await Self.tap(server.port, 2, 2)
        #expect(margin.status == 200)
        let none = try #require(try JSONSerialization.jsonObject(with: margin.body) as? [String: Any])
        #expect(none["button"] is NSNull, "\(margin.text)")
        #expect(none["version"] as? Int == shown)
        #expect(margin.text.contains(#""button":null"#))
        try await Task.sleep(for: .milliseconds(200))
        #expect(screen.all.filter { $0.name == "pressed" }.count == 1)

        // A reconnect starts with the frame on screen now.
        let again = try await KioskScreenReader(port: server.port, kiosk: "kiosk-1", token: WebHarness.kiosk)
        let current = await again.next { _ in true }
        #expect(current?.1.name == "frame" && current?.1.version == shown && current?.1.screen == "group")

        // A tap aimed at a frame already replaced hits nothing.
        let stale = try await blocking {
            try RawHTTPConnection(port: server.port).request(
                "POST", "/api/v1/kiosks/kiosk-1/tap",
                headers: ["Authorization": "Bearer \(WebHarness.kiosk)", "Content-Type": "application/json"],
                body: #"{"x":\#(x),"y":\#(y),"version":\#(version)}"#)
        }
        #expect(stale.status == 200 && stale.text.contains(#""button":null"#), "\(stale.text)")
        #expect(await h.web.kiosks?.frame(kiosk: "kiosk-1")?.version == shown)
        try await server.stop()
    }

    @Test("a bad tap body is a 400 problem; an unknown kiosk is a 404")
    func badBodies() async throws {
        let h = try await KioskHall.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            for body in ["{}", #"{"x":10}"#, #"{"x":"left","y":3}"#, "not json", #"{"x":1e999,"y":1}"#, "[1,2]"] {
                let r = try await client.call(.post, "/api/v1/kiosks/kiosk-1/tap", As.kiosk, json: body)
                #expect(r.status == .badRequest, "\(body): \(r.status)")
                #expect(r.headers[.contentType] == "application/problem+json")
                #expect(try r.json()["code"] as? String == "malformed_request", "\(body): \(r.text)")
            }
            let admin = try await As.account("admin", client)
            let unknown = try await client.call(.post, "/api/v1/kiosks/kiosk-9/tap", admin, json: #"{"x":1,"y":1}"#)
            #expect(unknown.status == .notFound)
            #expect(try unknown.json()["code"] as? String == "unknown_kiosk")
            try await client.call(.get, "/kiosk/kiosk-9?token=\(WebHarness.kiosk)") { #expect($0.status == .notFound) }
        }
    }

    @Test("only the kiosk's own token (or an account) opens its screen: a display's or another kiosk's is refused")
    func access() async throws {
        let h = try await KioskHall.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let tap = #"{"x":540,"y":960}"#
            // The page, by ?token= as a kiosk browser opens it.
            let page = try await client.call(.get, "/kiosk/kiosk-1?token=\(WebHarness.kiosk)")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("/kiosk/static/kiosk.js"))
            try await client.call(.get, "/kiosk/kiosk-2?token=\(KioskHall.kiosk2)") { #expect($0.status == .ok) }
            for file in ["kiosk.js", "kiosk.css"] {
                try await client.call(.get, "/kiosk/static/\(file)") { #expect($0.status == .ok, "\(file)") }
            }
            // Nobody.
            try await client.call(.get, "/kiosk/kiosk-1") { #expect($0.status == .unauthorized) }
            try await client.call(.post, "/api/v1/kiosks/kiosk-1/tap", json: tap) { #expect($0.status == .unauthorized) }
            try await client.call(.get, "/kiosk/kiosk-1?token=not-a-token") { #expect($0.status == .unauthorized) }
            // A display.
            try await client.call(.get, "/kiosk/kiosk-1?token=\(WebHarness.board)") { #expect($0.status == .forbidden) }
            try await client.call(.get, "/api/v1/kiosks/kiosk-1/screen", As.board) { #expect($0.status == .forbidden) }
            try await client.call(.post, "/api/v1/kiosks/kiosk-1/tap", As.board, json: tap) { #expect($0.status == .forbidden) }
            // Another kiosk, both ways.
            try await client.call(.get, "/kiosk/kiosk-1?token=\(KioskHall.kiosk2)") { #expect($0.status == .forbidden) }
            try await client.call(.get, "/kiosk/kiosk-2?token=\(WebHarness.kiosk)") { #expect($0.status == .forbidden) }
            try await client.call(.get, "/api/v1/kiosks/kiosk-2/screen", As.kiosk) { #expect($0.status == .forbidden) }
            let other = try await client.call(.post, "/api/v1/kiosks/kiosk-1/tap", As.bearer(KioskHall.kiosk2), json: tap)
            #expect(other.status == .forbidden)
            #expect(try other.json()["detail"] as? String == "the token of kiosk «kiosk-2» opens only its own screen, not «kiosk-1»")
            // Nothing was pressed by the refused taps.
            #expect(await h.web.kiosks?.frame(kiosk: "kiosk-1")?.version == 1)
            // Staff may help from the console.
            let manager = try await As.account("manager", client)
            try await client.call(.post, "/api/v1/kiosks/kiosk-1/tap", manager, json: #"{"x":2,"y":2}"#) {
                #expect($0.status == .ok)
            }
        }
    }
}
