import Foundation
import Testing
import TalonCore
import TalonKiosk
import TalonTestSupport

@Suite("Kiosk flows")
struct FlowTests {
    @Test("a ticket for a service: the number on screen is the engine's, with a QR of its live page")
    func takeTicket() async throws {
        var k = try await KioskBench.make()
        try await k.touch("group.documents")
        try await k.touch("group.passports")
        try await k.touch("service.passport")
        #expect(k.machine.screen == .category("passport"))
        try await k.touch("category.none")
        let shown = try #require(k.ticket)
        let ticket = try #require(await k.harness.engine.current.tickets[shown.id])
        #expect(shown.label == ticket.label && ticket.label.hasPrefix("П"))
        #expect(ticket.kiosk == "kiosk-1" && ticket.category == nil)
        #expect(shown.print == .noPrinter, "the demo kiosk has no printer: the screen is the ticket")
        let token = try #require(ticket.publicToken)
        #expect(TicketToken.isWellFormed(token))
        #expect(shown.pageURL == "http://127.0.0.1:8080/t/\(token)")
        let f = await k.frame()
        #expect(f.screen == "ticket-on-screen")
        #expect(f.texts.contains(ticket.label) && f.texts.contains("Паспорт РФ"))
        #expect(f.elements.contains { if case .qr(let url, let svg, _) = $0 { url == shown.pageURL && svg.hasPrefix("<svg") } else { false } })
    }

    @Test("a priority category goes with the ticket")
    func category() async throws {
        var k = try await KioskBench.make()
        try await k.touch("group.social")
        try await k.touch("service.social")
        try await k.touch("category.veterans")
        let shown = try #require(k.ticket)
        #expect(await k.harness.engine.current.tickets[shown.id]?.category == "veterans")
    }

    static func book(_ k: KioskBench, _ code: String, at local: String, category: CategoryID? = nil) async throws {
        try await k.harness.run(.bookAppointment(Appointment(code: AppointmentCode(code), service: "foreign_passport",
                                                             slotAt: ManualClock.date(local), category: category)))
    }

    static func checkIn(_ k: inout KioskBench, _ code: String) async throws {
        try await k.touch("check-in")
        try await k.type(code)
        try await k.touch("submit")
    }

    @Test("check-in: a known booking gets its ticket with the booking's priority")
    func checkInKnown() async throws {
        var k = try await KioskBench.make(at: "2026-11-23 10:00")
        try await Self.book(k, "482913", at: "2026-11-23 10:15", category: "disabled")
        try await Self.checkIn(&k, "482913")
        let shown = try #require(k.ticket)
        let ticket = try #require(await k.harness.engine.current.tickets[shown.id])
        #expect(ticket.appointment == "482913" && ticket.category == "disabled" && ticket.service == "foreign_passport")
        #expect(shown.heading?.ru == "Вы зарегистрированы по записи на 10:15")
        // The same code again: already used.
        try await k.touch("done")
        try await Self.checkIn(&k, "482913")
        #expect(k.message?.title.ru == "Талон уже выдан")
        #expect(k.message?.body.ru.contains(ticket.label) == true)
    }

    @Test("check-in: unknown, early and late codes each get a clear message with the real times")
    func checkInRefused() async throws {
        var k = try await KioskBench.make(at: "2026-11-23 10:00")
        try await Self.book(k, "111111", at: "2026-11-23 11:00")
        try await Self.book(k, "222222", at: "2026-11-23 09:30")
        try await Self.checkIn(&k, "999999")
        #expect(k.message?.title == LocalizedText(ru: "Запись не найдена", en: "Booking not found"))
        #expect(k.message?.retry == .checkIn)
        try await k.touch("retry")
        #expect(k.machine.screen == .entry(.checkIn))
        try await k.type("111111")
        try await k.touch("submit")
        #expect(k.message?.title.ru == "Вы пришли раньше времени")
        #expect(k.message?.body.ru == "Ваша запись — на 11:00. Регистрация откроется сегодня в 10:30.")
        #expect(k.message?.body.en == "Your booking is at 11:00. Check-in opens today at 10:30.")
        try await k.touch("ok")
        try await Self.checkIn(&k, "222222")
        #expect(k.message?.title.ru == "Время записи прошло")
        #expect(k.message?.body.ru.contains("09:30") == true)
        let refusals = k.harness.journal.events.filter { if case .checkInRefused = $0.event { true } else { false } }
        #expect(refusals.count == 3, "every refusal is journaled")
        #expect(await k.harness.engine.current.tickets.isEmpty)
    }

    static func notice(_ k: KioskBench, _ number: String, _ status: ReadinessStatus, expected: BusinessDay? = nil) async throws {
        try await k.harness.run(.loadNotice(ReadinessNotice(application: ApplicationNumber(number), service: "issue",
                                                            status: status, expected: expected)))
    }

    static func lookUp(_ k: inout KioskBench, _ number: String) async throws {
        try await k.touch("readiness")
        try await k.type(number)
        try await k.touch("submit")
    }

    @Test("readiness: ready documents give a pickup ticket, once; not ready ones say when; unknown says so")
    func readiness() async throws {
        var k = try await KioskBench.make()
        try await Self.notice(k, "7700123", .ready)
        try await Self.notice(k, "7700456", .inProgress, expected: BusinessDay(year: 2026, month: 11, day: 27))
        try await Self.notice(k, "7700789", .issued)

        try await Self.lookUp(&k, "7700123")
        let shown = try #require(k.ticket)
        let ticket = try #require(await k.harness.engine.current.tickets[shown.id])
        #expect(ticket.service == "issue" && ticket.application == "7700123" && ticket.label.hasPrefix("В"))
        #expect(shown.heading?.ru == "Документы готовы к выдаче")
        try await k.touch("done")
        try await Self.lookUp(&k, "7700123")
        #expect(k.message?.title.ru == "Талон уже выдан")
        #expect(k.message?.body.ru.contains(ticket.label) == true)
        try await k.touch("ok")

        try await Self.lookUp(&k, "7700456")
        #expect(k.message?.title.ru == "Документы ещё не готовы")
        #expect(k.message?.body.ru.contains("27 ноября") == true)
        #expect(k.message?.body.en.contains("27 November") == true)
        try await k.touch("ok")

        try await Self.lookUp(&k, "7700789")
        #expect(k.message?.title.ru == "Документы уже выданы")
        try await k.touch("ok")

        try await Self.lookUp(&k, "1234")
        #expect(k.message?.title.ru == "Заявление не найдено")
        #expect(k.message?.retry == .readiness)
        #expect(await k.harness.engine.current.tickets.count == 1)
    }

    @Test("an idle kiosk goes home and back to Russian")
    func idle() async throws {
        var k = try await KioskBench.make()
        try await k.touch("language")
        try await k.touch("group.social")
        k.harness.clock.advance(20)
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.screen == .group("social"), "20 s is not idle yet")
        k.harness.clock.advance(11)
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.screen == .home)
        k.harness.clock.advance(31)
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.language == .ru)
    }

    @Test("outside opening hours the kiosk is out of service and says when the center opens")
    func closed() async throws {
        var k = try await KioskBench.make(at: "2026-11-23 20:05")
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.screen == .outOfService(.closed(next: ManualClock.date("2026-11-24 08:00"))))
        let f = await k.frame()
        #expect(f.screen == "out-of-service")
        #expect(f.texts.contains("Центр закрыт") && f.texts.contains("Откроется завтра в 08:00"))
        #expect(f.buttons.map(\.id) == ["language"])
        k.harness.clock.set(ManualClock.date("2026-11-24 08:00"))
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.screen == .home)
    }

    @Test("a printer out of paper takes the kiosk out of service; refilled, it comes back")
    func printerDown() async throws {
        var k = try await KioskBench.make(printers: [PrinterConfig(id: "printer-1", kiosk: "kiosk-1")])
        try await k.harness.run(.reportDevice(DeviceStatus(device: "printer-1", kind: .printer, condition: .paperOut, message: "нет бумаги")))
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.screen == .outOfService(.printer(.paperOut)))
        try await k.harness.run(.reportDevice(DeviceStatus(device: "printer-1", kind: .printer, condition: .paperLow, message: "бумага кончается")))
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.machine.screen == .home, "low paper still prints")
    }

    @Test("a printer that never answers: after 10 s the number and QR stay on screen")
    func printTimeout() async throws {
        var k = try await KioskBench.make(printers: [PrinterConfig(id: "printer-1", kiosk: "kiosk-1")])
        try await k.touch("service.consultation")
        try await k.touch("category.none")
        #expect(k.ticket?.print == .printing)
        k.harness.clock.advance(11)
        k.machine.tick(world: await k.world(), at: k.now)
        #expect(k.ticket?.print == .failed)
        let f = await k.frame()
        #expect(f.screen == "print-failed")
        #expect(f.texts.contains { $0.hasPrefix("Талон не удалось напечатать") })
        #expect(f.elements.contains { if case .qr = $0 { true } else { false } })
    }

    @Test("the kiosk rate limit is met with a kind word, not an error code")
    func rateLimit() async throws {
        var k = try await KioskBench.make()
        for _ in 0..<6 {
            try await k.touch("service.consultation")
            try await k.touch("category.none")
            #expect(k.ticket != nil)
            try await k.touch("done")
        }
        try await k.touch("service.consultation")
        try await k.touch("category.none")
        #expect(k.message?.title == LocalizedText(ru: "Минуточку", en: "Just a moment"))
        #expect(k.message?.body.ru.contains("Подождите минуту") == true)
    }
}
