import Foundation
import Testing
import TalonCore
import TalonTestSupport
import TalonWeb

@Suite("The ticket's live page in headless Chromium on a phone", .serialized)
struct TicketPageBrowserTests {
    /// The page's visible text (`document.body.innerText`).
    static func visibleText(_ browser: Browser, target: String) async throws -> String {
        let out = try await blocking { try browser.run(["eval:document.body.innerText"], target: target) }
        let line = out.split(separator: "\n").last.map(String.init) ?? ""
        let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        // A no-break space keeps a window's number by its word; read it as a space.
        return (json?["eval"] as? String ?? "").replacingOccurrences(of: "\u{a0}", with: " ")
    }

    /// A phone's viewport, 390×844 CSS pixels. Set in every run: the override lasts only as
    /// long as cdp.py's connection to the tab.
    static let phone = "size:390,844"

    static func shot(_ name: String) -> String {
        Browser.outputFolder.appendingPathComponent(name).path
    }

    @Test("a phone follows its ticket: waiting, then «Пройдите к окну 5» live, the other language, the end; screenshots are kept")
    func phone() async throws {
        try await BrowserHall.run { t in
            let h = t.hall, server = t.server, browser = t.browser, base = t.base
            let api = try RawHTTPConnection(port: server.port)
            for language in ["ru", "ru", "en"] {
                #expect(try await blocking { try api.request("POST", "/api/v1/tickets", headers: ["Authorization": "Bearer \(WebHarness.kiosk)"],
                                                             body: #"{"service":"passport","language":"\#(language)"}"#) }.status == 201)
            }
            let first = try await TicketPageTests.token("П001", h)
            let second = try await TicketPageTests.token("П002", h)
            let english = try await TicketPageTests.token("П003", h)

            // Waiting, one ticket ahead.
            let waitingShot = Self.shot("ticket-waiting.png")
            _ = try await blocking { try browser.run([Self.phone, "open:\(base)/t/\(second)",
                                                      "wait:document.body.dataset.state === 'waiting' && document.body.dataset.live === 'live'",
                                                      "shot:\(waitingShot)"]) }
            let waiting = try await Self.visibleText(browser, target: second)
            #expect(waiting.contains("П002") && waiting.contains("Паспорт РФ"), "\(waiting)")
            #expect(waiting.contains("Ожидайте вызова") && waiting.contains("Перед вами"), "\(waiting)")
            #expect(waiting.contains("Выдан в 10:00"), "in the hall's time zone, whatever the phone's: \(waiting)")

            // Called: the page shows the window by itself, over the event stream.
            _ = try await blocking { try browser.run([Self.phone, "open:\(base)/t/\(first)",
                                                      "wait:document.body.dataset.state === 'waiting' && document.body.dataset.live === 'live'"],
                                                     target: second) }
            _ = try await h.engine.submit(.openWindow(window: "w5"), id: "open-w5")
            _ = try await h.engine.submit(.callNext(window: "w5"), id: "call-1")
            let calledShot = Self.shot("ticket-called.png")
            _ = try await blocking { try browser.run([Self.phone, "wait:document.body.dataset.state === 'called'",
                                                      "wait:document.getAnimations().length === 0",   // the pulse has ended
                                                      "shot:\(calledShot)"], target: first) }
            let called = try await Self.visibleText(browser, target: first)
            #expect(called.contains("П001"), "\(called)")
            #expect(called.contains("Пройдите к окну 5"), "\(called)")
            #expect(!called.contains("Перед вами"), "no place in line once called")

            // The other language, on the visitor's tap.
            let englishShot = Self.shot("ticket-called-en.png")
            _ = try await blocking { try browser.run([Self.phone, "eval:document.getElementById('lang').click(); true",
                                                      "wait:document.body.innerText.replace(/\\u00a0/g, ' ').includes('Please go to window 5')",
                                                      "shot:\(englishShot)"], target: first) }

            // The end: finished, and the page stops listening.
            _ = try await h.engine.submit(.startService(window: "w5"), id: "start-1")
            _ = try await h.engine.submit(.finishService(window: "w5", outcome: .served), id: "finish-1")
            _ = try await blocking { try browser.run([Self.phone, "wait:document.body.dataset.state === 'finished' && document.body.dataset.live === 'closed'"],
                                                     target: first) }
            #expect(try await Self.visibleText(browser, target: first).contains("Your visit is complete"))

            // A ticket taken in English opens in English (a fresh tab: the choice above was per tab).
            let englishWaitingShot = Self.shot("ticket-waiting-en.png")
            _ = try await blocking { try browser.run(["new:\(base)/t/\(english)", Self.phone,
                                                      "wait:document.body.dataset.state === 'waiting' && document.body.dataset.live === 'live'",
                                                      "shot:\(englishWaitingShot)"]) }
            let en = try await Self.visibleText(browser, target: english)
            #expect(en.contains("П003") && en.contains("Ahead of you") && en.contains("Russian passport"), "\(en)")

            // No such ticket.
            let goneShot = Self.shot("ticket-not-found.png")
            _ = try await blocking { try browser.run([Self.phone, "open:\(base)/t/AAAAAAAAAAAAAAAAAAAAAA",
                                                      "wait:document.body.dataset.state === 'not_found'", "shot:\(goneShot)"],
                                                     target: english) }
            #expect(try await Self.visibleText(browser, target: "AAAAAAAAAAAAAAAAAAAAAA").contains("Талон не найден"))

            for path in [waitingShot, calledShot, englishShot, englishWaitingShot, goneShot] {
                #expect(FileManager.default.fileExists(atPath: path), "\(path)")
            }
        }
    }
}
