import Foundation
import Testing
import TalonConfig
import TalonCore
import TalonKiosk
import TalonTestSupport

/// A frame that never comes fails the test by the time limit rather than hanging it.
@Suite("Kiosk host", .timeLimit(.minutes(1)))
struct HostTests {
    static func host(printers: [PrinterConfig] = []) async throws -> (KioskHost, EngineHarness) {
        var config = try DemoHall.load()
        config.printers = printers
        let harness = try await EngineHarness.make(config, at: "2026-11-23 10:00")
        return (await KioskHost(engine: harness.engine, clock: harness.clock, tickInterval: .milliseconds(20)), harness)
    }

    /// Reads updates until one matches; `nil` if the stream ends first.
    static func next(_ iterator: inout AsyncStream<KioskUpdate>.Iterator,
                     where match: (KioskUpdate) -> Bool) async -> KioskUpdate? {
        while let u = await iterator.next(isolation: #isolation) {
            if match(u) { return u }
        }
        return nil
    }

    static func centre(_ frame: KioskFrame, _ id: String) throws -> (Double, Double) {
        let b = try #require(frame.button(id), "no «\(id)» on \(frame.screen)")
        return (b.rect.x + b.rect.width / 2, b.rect.y + b.rect.height / 2)
    }

    @Test("a touch is shown pressed before anything else, then the next screen follows")
    func pressedFirst() async throws {
        let (host, _) = try await Self.host()
        var updates = try #require(await host.updates(kiosk: "kiosk-1")).makeAsyncIterator()
        guard case .frame(let home)? = await updates.next() else { Issue.record("no first frame"); return }
        #expect(home.screen == "home")
        let (x, y) = try Self.centre(home, "group.social")
        let outcome = await host.tap(kiosk: "kiosk-1", x: x, y: y)
        #expect(outcome?.button == "group.social")
        #expect(await updates.next() == .pressed(button: "group.social", version: home.version))
        guard case .frame(let group)? = await updates.next() else { Issue.record("no frame after the press"); return }
        #expect(group.screen == "group" && group.version > home.version)
        #expect(group.texts.contains("Социальные выплаты и пособия"))
    }

    @Test("touches walk a whole ticket through the host: the frame tells the number the engine issued")
    func ticketByTouch() async throws {
        let (host, harness) = try await Self.host()
        for id in ["service.consultation", "category.none"] {
            let f = try #require(await host.frame(kiosk: "kiosk-1"))
            let (x, y) = try Self.centre(f, id)
            await host.tap(kiosk: "kiosk-1", x: x, y: y)
        }
        let f = try #require(await host.frame(kiosk: "kiosk-1"))
        let issued = try #require(await harness.engine.current.tickets.values.first)
        #expect(f.screen == "ticket-on-screen")
        #expect(f.texts.contains(issued.label))
        // A touch in the margin hits nothing and changes nothing.
        #expect(await host.tap(kiosk: "kiosk-1", x: 2, y: 2)?.button == nil)
        #expect(await host.frame(kiosk: "kiosk-1") == f)
        #expect(await host.tap(kiosk: "no-such-kiosk", x: 2, y: 2) == nil)
    }

    @Test("a booking scanned at the kiosk shows its ticket; a refused one its message")
    func scannerCheckIn() async throws {
        let (host, harness) = try await Self.host()
        let run = Task { try await host.run() }
        defer { run.cancel() }
        var updates = try #require(await host.updates(kiosk: "kiosk-1")).makeAsyncIterator()
        _ = await updates.next()
        try await harness.run(.bookAppointment(Appointment(code: "AB12", service: "passport", slotAt: ManualClock.date("2026-11-23 10:10"))))
        // What the scanner's decoder submits (TalonInput), straight to the engine.
        try await harness.run(.checkIn(code: "AB12", kiosk: "kiosk-1", language: .ru))
        let shown = await Self.next(&updates) { if case .frame(let f) = $0 { f.screen == "ticket-on-screen" } else { false } }
        let label = try #require(await harness.engine.current.tickets.values.first?.label)
        guard case .frame(let f)? = shown else { Issue.record("the scanned ticket never showed"); return }
        #expect(f.texts.contains(label))
        try await harness.run(.checkIn(code: "NOPE", kiosk: "kiosk-1", language: .ru))
        let refused = await Self.next(&updates) { if case .frame(let f) = $0 { f.screen == "message" } else { false } }
        guard case .frame(let m)? = refused else { Issue.record("no message for the unknown code"); return }
        #expect(m.texts.contains("Запись не найдена"))
    }

    @Test("a printed report from the print adapter turns «printing» into «take your ticket»")
    func printedEvent() async throws {
        let (host, harness) = try await Self.host(printers: [PrinterConfig(id: "printer-1", kiosk: "kiosk-1")])
        let run = Task { try await host.run() }
        defer { run.cancel() }
        for id in ["service.consultation", "category.none"] {
            let f = try #require(await host.frame(kiosk: "kiosk-1"))
            let (x, y) = try Self.centre(f, id)
            await host.tap(kiosk: "kiosk-1", x: x, y: y)
        }
        #expect(await host.frame(kiosk: "kiosk-1")?.screen == "printing")
        let id = try #require(await harness.engine.current.tickets.keys.first)
        var updates = try #require(await host.updates(kiosk: "kiosk-1")).makeAsyncIterator()
        try await harness.run(.recordPrint(PrintRecord(ticket: id, printer: "printer-1", status: .printed)))
        let printed = await Self.next(&updates) { if case .frame(let f) = $0 { f.screen == "ticket" } else { false } }
        guard case .frame(let f)? = printed else { Issue.record("the screen never said printed"); return }
        #expect(f.texts.contains("Возьмите талон"))
    }

    @Test("a journal that fails a ticket puts the kiosk out of service; the probe brings it back home")
    func journalDownAndBack() async throws {
        let (host, harness) = try await Self.host()
        harness.journal.failNextCommit()
        for id in ["service.consultation", "category.none"] {
            let f = try #require(await host.frame(kiosk: "kiosk-1"))
            let (x, y) = try Self.centre(f, id)
            await host.tap(kiosk: "kiosk-1", x: x, y: y)
        }
        let down = try #require(await host.frame(kiosk: "kiosk-1"))
        #expect(down.screen == "out-of-service")
        #expect(down.texts.contains { $0.contains("Терминал временно не работает") })
        #expect(down.buttons.map(\.id) == ["language"], "nothing but the language to press while the hall cannot keep a ticket")
        #expect(await harness.engine.current.tickets.isEmpty, "the failed commit issued nothing")

        // The running host probes the engine on its ticks; the journal works again, so the
        // kiosk returns to its home screen by itself.
        var updates = try #require(await host.updates(kiosk: "kiosk-1")).makeAsyncIterator()
        let run = Task { try await host.run() }
        defer { run.cancel() }
        let home = await Self.next(&updates) { if case .frame(let f) = $0 { f.screen == "home" } else { false } }
        #expect(home != nil, "the kiosk never came back")
        #expect(await harness.engine.current.devices["kiosks"]?.condition == .ok, "the probe was a real command")
    }
}
