import Foundation
import Testing
import TalonCore
import TalonKiosk
import TalonTestSupport
import TalonWeb

/// The kiosk page in headless Chromium, on the panels a hall has: portrait 1080×1920
/// (kiosk-1) and landscape 1920×1080 (kiosk-2).
@Suite("The kiosk screen in headless Chromium", .serialized)
struct KioskBrowserTests {
    /// One kiosk page in one tab, at one viewport.
    struct Page {
        let browser: Browser
        let hall: WebHarness
        let kiosk: DeviceID
        let orientation: String
        let width: Int
        let height: Int

        var host: KioskHost { hall.web.kiosks! }
        var target: String { "/kiosk/\(kiosk)?" }

        /// Runs steps after making sure the viewport is the page's (an override set by an
        /// earlier DevTools session may be gone) and the page has fitted itself to it.
        @discardableResult
        func run(_ steps: [String], width: Int? = nil, height: Int? = nil) async throws -> String {
            let w = width ?? self.width, h = height ?? self.height
            let all = ["front:", "size:\(w),\(h)", "wait:innerWidth === \(w) && innerHeight === \(h)",
                       "eval:new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"] + steps
            return try await blocking { [browser, target] in try browser.run(all, target: target) }
        }

        /// The value of the last `eval:` step, decoded.
        func eval(_ js: String) async throws -> Any? {
            let out = try await run(["eval:\(js)"])
            let line = out.split(separator: "\n").last.map(String.init) ?? ""
            return (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["eval"]
        }

        func frame() async throws -> KioskFrame {
            try #require(await host.frame(kiosk: kiosk))
        }

        /// Clicks (DevTools mouse events at the button's place in the window) the middle of
        /// button `id` of the frame on screen, then waits until the server has a newer
        /// frame and the page draws it.
        func click(_ id: String, width: Int? = nil, height: Int? = nil) async throws {
            let before = try await frame()
            let b = try #require(before.button(id), "no «\(id)» on \(before.screen): \(before.buttons.map(\.id))")
            let w = Double(width ?? self.width), h = Double(height ?? self.height)
            // Uniform scale, letterboxed: computed here independently of the page.
            let scale = min(w / before.width, h / before.height)
            let x = (w - before.width * scale) / 2 + (b.rect.x + b.rect.width / 2) * scale
            let y = (h - before.height * scale) / 2 + (b.rect.y + b.rect.height / 2) * scale
            try await run(["wait:document.body.dataset.version === '\(before.version)'", "click:\(x),\(y)"],
                          width: width, height: height)
            #expect(try await waitServer { $0.version > before.version }, "clicking «\(id)» changed nothing on the server")
            try await shows(try await frame())
        }

        /// Waits (up to 20 s) until the server's frame for this kiosk satisfies `match`.
        func waitServer(_ match: (KioskFrame) -> Bool) async throws -> Bool {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if let f = await host.frame(kiosk: kiosk), match(f) { return true }
                try await Task.sleep(for: .milliseconds(10))
            }
            return false
        }

        /// Waits until the page draws `frame` (or one after it: the host may have moved on,
        /// «working» to «printing», since it was read).
        func shows(_ frame: KioskFrame) async throws {
            try await run(["wait:document.body.dataset.state === 'live' && Number(document.body.dataset.version) >= \(frame.version)"])
        }

        func shot(_ name: String) async throws -> String {
            let path = Browser.outputFolder.appendingPathComponent("kiosk-\(orientation)-\(name).png").path
            try await run(["shot:\(path)"])
            return path
        }

        var text: String {
            get async throws { try await eval("document.body.innerText") as? String ?? "" }
        }

        /// The smallest contrast ratio of any text on screen against what is behind it,
        /// from getComputedStyle — with every button also measured pressed.
        func contrast() async throws -> (Double, String) {
            let result = try await eval(KioskBrowserTests.contrastScript) as? [String: Any]
            return ((result?["min"] as? NSNumber)?.doubleValue ?? 0, result?["worst"] as? String ?? "?")
        }
    }

    static let contrastScript = """
        (() => {
          const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
          const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const lum = ([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const behind = (el) => {
            for (; el; el = el.parentElement) {
              const c = rgb(getComputedStyle(el).backgroundColor);
              if (c.length < 4 || c[3] > 0) return c;
            }
            return [255, 255, 255];
          };
          let min = 99, worst = '';
          const check = (el, what) => {
            const r = ratio(rgb(getComputedStyle(el).color), behind(el));
            if (r < min) { min = r; worst = what + ' ' + r.toFixed(2); }
          };
          const texts = (b) => b.querySelectorAll('.title, .detail');
          for (const b of document.querySelectorAll('#stage .btn')) {
            for (const t of texts(b)) check(t, b.dataset.id + ' ' + t.className);
            const was = b.classList.contains('pressed');
            b.classList.add('pressed');
            for (const t of texts(b)) check(t, b.dataset.id + ' pressed ' + t.className);
            if (!was) b.classList.remove('pressed');
          }
          for (const l of document.querySelectorAll('#stage .label, #stage .number')) check(l, l.className);
          return { min, worst };
        })()
        """

    /// The one ticket this kiosk issued that is not among `known`, from the engine.
    static func newTicket(_ h: WebHarness, _ kiosk: DeviceID, known: [Ticket] = []) async throws -> Ticket {
        let fresh = await h.engine.current.tickets.values.filter { t in t.kiosk == kiosk && !known.contains { $0.id == t.id } }
        #expect(fresh.count == 1, "\(fresh.map(\.label))")
        return try #require(fresh.first)
    }

    /// Home, a group, the ticket (printed) and the printing-failed fallback, clicked
    /// through in the page; `failPrint` makes the second ticket's printing fail.
    static func walk(_ page: Page, failPrint: (Page, Ticket) async throws -> Void) async throws -> [String] {
        var shots: [String] = []
        let h = page.hall

        // Home.
        try await page.shows(try await page.frame())
        #expect(try await page.frame().screen == "home")
        let home = try await page.text
        #expect(home.contains("Выберите услугу") && home.contains("Социальная поддержка") && home.contains("English"), "\(home)")
        let (homeContrast, homeWorst) = try await page.contrast()
        #expect(homeContrast >= 7, "home: \(homeWorst)")
        shots.append(try await page.shot("home"))

        // A group, by a click in the page: the server's hit test moves the kiosk on.
        try await page.click("group.social")
        #expect(try await page.waitServer { $0.screen == "group" })
        let group = try await page.text
        #expect(group.contains("Социальные выплаты и пособия") && group.contains("← Назад"), "\(group)")
        #expect(try await page.contrast().0 >= 7)
        shots.append(try await page.shot("group"))

        // A ticket: service, regular queue; the printer reports it printed.
        try await page.click("service.social")
        #expect(try await page.waitServer { $0.screen == "category" })
        try await page.click("category.none")
        #expect(try await page.waitServer { $0.screen == "printing" })
        let ticket = try await Self.newTicket(h, page.kiosk)
        _ = try await h.engine.submit(.recordPrint(PrintRecord(ticket: ticket.id, printer: page.kiosk == "kiosk-1" ? "printer-1" : "printer-2",
                                                               status: .printed)), id: CommandID("printed-\(ticket.id)"))
        #expect(try await page.waitServer { $0.screen == "ticket" })
        try await page.shows(try await page.frame())
        let number = try await page.eval("document.querySelector('#stage .number').textContent") as? String
        #expect(number == ticket.label, "the page shows \(number ?? "nothing"), the engine issued \(ticket.label)")
        let confirmation = try await page.text
        #expect(confirmation.contains("Ваш талон") && confirmation.contains("Возьмите талон") && confirmation.contains(ticket.label),
                "\(confirmation)")
        #expect(try await page.contrast().0 >= 7)
        shots.append(try await page.shot("ticket"))

        // Another ticket whose printing fails: the number and the QR code stay on screen.
        try await page.click("done")
        try await page.click("service.consultation")
        try await page.click("category.none")
        let second = try await Self.newTicket(h, page.kiosk, known: [ticket])
        try await failPrint(page, second)
        #expect(try await page.waitServer { $0.screen == "print-failed" }, "no fallback screen")
        try await page.shows(try await page.frame())
        let fallback = try await page.text
        #expect(fallback.contains(second.label) && fallback.contains("Талон не удалось напечатать"), "\(fallback)")
        #expect(try await page.eval("document.querySelector('#stage .number').textContent") as? String == second.label)
        #expect(try await page.eval("!!document.querySelector('#stage .qr svg path')") as? Bool == true, "the QR code is drawn")
        // Big enough to scan from the screen: 300 screen pixels is about 7 cm on these panels.
        let qrSide = try await page.eval("document.querySelector('#stage .qr').getBoundingClientRect().width") as? NSNumber
        #expect((qrSide?.doubleValue ?? 0) >= 300, "the QR code is \(qrSide ?? 0) px wide")
        let (failedContrast, failedWorst) = try await page.contrast()
        #expect(failedContrast >= 7, "print-failed: \(failedWorst)")
        shots.append(try await page.shot("print-failed"))
        return shots
    }

    @Test("portrait 1080×1920 and landscape 1920×1080: home, group, ticket and printing-failed, by clicks in the page")
    func screens() async throws {
        try await BrowserHall.run({ try await KioskHall.make(printer: true) }) { t in
            let h = t.hall, browser = t.browser, base = t.base
            var shots: [String] = []

            // Portrait: the printer never reports; after the kiosk's print patience the
            // screen gives up on it.
            _ = try await blocking { try browser.run(["new:\(base)/kiosk/kiosk-1?token=\(WebHarness.kiosk)"]) }
            let portrait = Page(browser: browser, hall: h, kiosk: "kiosk-1", orientation: "portrait", width: 1080, height: 1920)
            shots += try await Self.walk(portrait) { page, _ in
                let printing = try await page.waitServer { $0.screen == "printing" }
                #expect(printing)
                h.clock.advance(11)
            }

            // Landscape: the print adapter reports the ticket failed.
            _ = try await blocking { try browser.run(["new:\(base)/kiosk/kiosk-2?token=\(KioskHall.kiosk2)"]) }
            let landscape = Page(browser: browser, hall: h, kiosk: "kiosk-2", orientation: "landscape", width: 1920, height: 1080)
            shots += try await Self.walk(landscape) { _, ticket in
                _ = try await h.engine.submit(.recordPrint(PrintRecord(ticket: ticket.id, printer: "printer-2", status: .failed,
                                                                       message: "нет бумаги")), id: CommandID("failed-\(ticket.id)"))
            }

            // Letterboxed: the portrait kiosk in a square window still takes the click where
            // the button is drawn.
            try await portrait.click("done", width: 900, height: 900)
            let squareHome = try await portrait.frame()
            #expect(squareHome.screen == "home")
            try await portrait.click("language", width: 900, height: 900)
            #expect(try await portrait.frame().language == .en)
            #expect(try await portrait.eval("document.documentElement.lang") as? String == "en")
            #expect(try await portrait.text.contains("Choose a service"))

            for path in shots { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
            #expect(shots.count == 8)
        }
    }

    /// Milliseconds: the median, the 90th percentile and the largest.
    static func summary(_ values: [Double]) -> String {
        let v = values.sorted()
        guard !v.isEmpty else { return "no samples" }
        let p = { (q: Double) in v[min(v.count - 1, Int((Double(v.count - 1) * q).rounded()))] }
        return String(format: "median %.2f ms, p90 %.2f ms, max %.2f ms (n=%ld)", p(0.5), p(0.9), v.last!, v.count)
    }

    @Test("a press is shown within a few milliseconds: touchscreen taps over the stream, clicks in the page at once")
    func pressedLatency() async throws {
        try await BrowserHall.run({ try await KioskHall.make() }) { t in
            let h = t.hall, server = t.server, browser = t.browser
            _ = try await blocking { try browser.run(["new:http://127.0.0.1:\(server.port)/kiosk/kiosk-1?token=\(WebHarness.kiosk)"]) }
            let page = Page(browser: browser, hall: h, kiosk: "kiosk-1", orientation: "portrait", width: 1080, height: 1920)
            try await page.shows(try await page.frame())

            // The evdev touchscreen's path: `host.tap` publishes `pressed` before anything else;
            // the page marks the button on the event. `sent` is taken just before the tap,
            // so each figure includes the hop into the host and the SSE write.
            var sent: [Int: Double] = [:]
            for _ in 0..<30 {
                let f = try await page.frame()
                let b = try #require(f.button("language"))
                sent[f.version] = Date().timeIntervalSince1970 * 1000
                await page.host.tap(kiosk: "kiosk-1", x: b.rect.x + b.rect.width / 2, y: b.rect.y + b.rect.height / 2)
                try await page.shows(try await page.frame())
            }
            let timings = try #require(try await page.eval("JSON.stringify(kioskPage.timings)") as? String)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(timings.utf8)) as? [[String: Any]])
            var delivered: [Double] = [], marked: [Double] = [], painted: [Double] = [], total: [Double] = []
            for row in rows {
                guard let version = row["version"] as? Int, let t0 = sent[version],
                      let arrived = (row["arrived"] as? NSNumber)?.doubleValue,
                      let mark = (row["marked"] as? NSNumber)?.doubleValue else { continue }
                #expect(row["shown"] as? Bool == true)
                delivered.append(arrived - t0)
                marked.append(mark - arrived)
                total.append(mark - t0)
                if let paint = (row["painted"] as? NSNumber)?.doubleValue { painted.append(paint - mark) }
            }
            #expect(total.count == 30, "every press reached the page: \(rows.count) rows")

            // The page's own touches: pointerdown to the pressed class, before any answer.
            for _ in 0..<10 { try await page.click("language") }
            let touchJSON = try #require(try await page.eval("JSON.stringify(kioskPage.touches)") as? String)
            let touches = try #require(try JSONSerialization.jsonObject(with: Data(touchJSON.utf8)) as? [[String: Any]])
            let local = touches.compactMap { t -> Double? in
                guard let down = (t["down"] as? NSNumber)?.doubleValue, let mark = (t["marked"] as? NSNumber)?.doubleValue else { return nil }
                return mark - down
            }
            #expect(touches.count == 10 && touches.allSatisfy { $0["button"] as? String == "language" }, "\(touches)")

            // How a pressed button looks (set by hand here: a real press lasts until the next frame).
            try await page.run(["eval:document.querySelector('#stage .btn[data-id=\"language\"]').classList.add('pressed'); true",
                                "shot:\(Browser.outputFolder.appendingPathComponent("kiosk-portrait-pressed.png").path)"])

            let report = """
                kiosk «pressed» latency (headless Chromium, same machine, \(ProcessInfo.processInfo.activeProcessorCount) cores):
                  host.tap → «pressed» event handled in the page:  \(Self.summary(delivered))
                  event handled → pressed class set:              \(Self.summary(marked))
                  host.tap → pressed class set (total):           \(Self.summary(total))
                  pressed class set → next animation frame:       \(Self.summary(painted))
                  page pointerdown → pressed class (local click):  \(Self.summary(local))
                """
            print(report)
            try report.write(to: Browser.outputFolder.appendingPathComponent("kiosk-pressed-latency.txt"), atomically: true, encoding: .utf8)
            let median = total.sorted()[total.count / 2]
            #expect(median < 100, "a press took \(median) ms to show")
        }
    }
}
