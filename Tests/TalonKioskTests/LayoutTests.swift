import Foundation
import Testing
import TalonCore
import TalonKiosk
import TalonTestSupport

@Suite("Kiosk layout")
struct LayoutTests {
    /// Walks a kiosk through every kind of screen and returns each frame on the way.
    static func tour(_ screen: (ScreenSize, Double), language: Language) async throws -> [KioskFrame] {
        var k = try await KioskBench.make(screen: screen, printers: [PrinterConfig(id: "printer-1", kiosk: "kiosk-1")])
        var frames: [KioskFrame] = []
        func keep(_ k: inout KioskBench) async { frames.append(await k.frame()) }
        if language == .en { try await k.touch("language") }
        await keep(&k)                                                   // home
        try await k.touch("group.documents"); await keep(&k)            // a group with a sub-group
        try await k.touch("group.passports"); await keep(&k)            // the sub-group
        try await k.touch("service.passport"); await keep(&k)           // priority question
        // Working: the press before its answer.
        var pending = k
        _ = pending.machine.press(.issue("passport", nil), world: await k.world(), at: k.now)
        frames.append(await pending.frame())
        try await k.touch("category.disabled"); await keep(&k)          // printing
        let ticket = try #require(k.ticket)
        k.machine.observe(.ticketPrinted(PrintRecord(ticket: ticket.id, printer: "printer-1", status: .printed), at: k.now),
                          world: await k.world(), at: k.now)
        await keep(&k)                                                   // take your ticket
        try await k.touch("done")
        try await k.touch("service.consultation")
        try await k.touch("category.none")
        let second = try #require(k.ticket)
        k.machine.observe(.ticketPrinted(PrintRecord(ticket: second.id, printer: "printer-1", status: .failed), at: k.now),
                          world: await k.world(), at: k.now)
        await keep(&k)                                                   // print failed: number and QR
        try await k.touch("done")
        try await k.touch("check-in"); try await k.type("12345"); await keep(&k)
        try await k.touch("submit"); await keep(&k)                     // unknown code
        try await k.touch("ok")
        try await k.touch("readiness"); try await k.type("7700123"); await keep(&k)
        // Out of service: closed, then the printer.
        k.harness.clock.set(ManualClock.date("2026-11-23 20:30"))
        // Hours without a touch: the kiosk is back in Russian; the visitor switches again.
        k.machine.tick(world: await k.world(), at: k.now)
        if language == .en { try await k.touch("language") }
        await keep(&k)
        k.harness.clock.set(ManualClock.date("2026-11-24 09:00"))
        try await k.harness.run(.reportDevice(DeviceStatus(device: "printer-1", kind: .printer, condition: .paperOut, message: "нет бумаги")))
        k.machine.tick(world: await k.world(), at: k.now)
        if language == .en, k.machine.language == .ru { try await k.touch("language") }
        await keep(&k)
        return frames
    }

    static let sizes: [(String, (ScreenSize, Double))] = [("portrait", KioskBench.portrait), ("landscape", KioskBench.landscape)]

    @Test("every screen, portrait and landscape, Russian and English: buttons at least 2 cm, on screen, apart",
          arguments: [Language.ru, .en])
    func everyScreen(language: Language) async throws {
        for (name, size) in Self.sizes {
            let frames = try await Self.tour(size, language: language)
            let screens = Set(frames.map(\.screen))
            #expect(screens.isSuperset(of: ["home", "group", "category", "working", "printing", "ticket", "print-failed",
                                            "check-in", "readiness", "message", "out-of-service"]), "\(name): \(screens)")
            let pxPerMM = Double(size.0.width) / size.1
            for f in frames {
                #expect(f.width == Double(size.0.width) && f.height == Double(size.0.height))
                #expect(f.language == language, "\(name) \(f.screen)")
                let buttons = f.buttons
                #expect(!buttons.isEmpty, "\(name) \(f.screen) has no button (language at least)")
                #expect(Set(buttons.map(\.id)).count == buttons.count, "\(name) \(f.screen): duplicate ids")
                for b in buttons {
                    #expect(b.rect.width / pxPerMM >= 20 && b.rect.height / pxPerMM >= 20,
                            "\(name) \(f.screen) «\(b.title)» is \(Int(b.rect.width / pxPerMM))×\(Int(b.rect.height / pxPerMM)) mm")
                }
                for e in f.elements {
                    let r = e.rect
                    #expect(r.x >= 0 && r.y >= 0 && r.maxX <= f.width && r.maxY <= f.height,
                            "\(name) \(f.screen): \(e) leaves the screen")
                }
                for (i, a) in f.elements.enumerated() {
                    for b in f.elements[(i + 1)...] {
                        #expect(!a.rect.overlaps(b.rect), "\(name) \(f.screen): \(a) overlaps \(b)")
                    }
                }
            }
        }
    }

    @Test("the texts are in the chosen language")
    func languages() async throws {
        var k = try await KioskBench.make()
        let ru = await k.frame()
        #expect(ru.texts.contains("Выберите услугу"))
        #expect(ru.button("group.documents")?.title == "Паспорта и регистрация")
        #expect(ru.button("language")?.title == "English")
        try await k.touch("language")
        let en = await k.frame()
        #expect(en.texts.contains("Choose a service"))
        #expect(en.button("group.documents")?.title == "Passports and registration")
        #expect(en.button("language")?.title == "Русский")
    }

    @Test("a touch hits the button under it and nothing between buttons")
    func hitTest() async throws {
        var k = try await KioskBench.make()
        let f = await k.frame()
        for b in f.buttons {
            #expect(f.hit(x: b.rect.x + 1, y: b.rect.y + 1)?.id == b.id)
            #expect(f.hit(x: b.rect.maxX - 1, y: b.rect.maxY - 1)?.id == b.id)
            #expect(f.hit(x: b.rect.maxX + 2, y: b.rect.y + 2)?.id != b.id)
        }
        #expect(f.hit(x: 1, y: 1) == nil, "the margin is not a button")
        // The gaps between neighbours, across and down.
        let a = try #require(f.button("group.documents")), b = try #require(f.button("group.social"))
        #expect(b.rect.x > a.rect.maxX, "side by side in portrait with seven choices")
        #expect(f.hit(x: (a.rect.maxX + b.rect.x) / 2, y: a.rect.y + 10) == nil, "the gap across is not a button")
        let c = try #require(f.button("group.property"))
        #expect(c.rect.y > a.rect.maxY)
        #expect(f.hit(x: a.rect.x + 10, y: (a.rect.maxY + c.rect.y) / 2) == nil, "the gap down is not a button")
    }

    @Test("the frame JSON the page draws: elements with kind and rectangle, no actions")
    func json() async throws {
        var k = try await KioskBench.make()
        let data = try JSONEncoder().encode(await k.frame())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["screen"] as? String == "home")
        #expect(object["width"] as? Double == 1080)
        let elements = try #require(object["elements"] as? [[String: Any]])
        let language = try #require(elements.first { $0["id"] as? String == "language" })
        #expect(language["kind"] as? String == "button")
        #expect(language["w"] as? Double ?? 0 > 80)
        #expect(language["action"] == nil)
    }
}
