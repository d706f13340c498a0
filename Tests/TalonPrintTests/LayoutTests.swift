import Foundation
import Testing
import TalonCore
@testable import TalonPrint

@Suite("Ticket layout and renderers")
struct LayoutTests {
    @Test("Russian ticket: center, number, service, date in Moscow time, wait, QR, footer")
    func russian() {
        let text = PlainTextRenderer(width: 40).render(TicketTemplate.standard.layout(.sample()))
        #expect(text.contains("МФЦ «Мои документы» Тверской"))
        #expect(text.contains("П 0 4 2"))
        #expect(text.contains("Паспорт РФ"))
        #expect(text.contains("Выдан: 12.03.2025 09:41"))
        #expect(text.contains("Перед вами: 5 человек"))
        #expect(text.contains("Ожидание: около 12 мин"))
        #expect(text.contains("https://mfc.example.ru/t/K7Q2-9XTM"))
        #expect(text.contains("Следите за вызовом на табло"))
    }

    @Test("the number ahead agrees with its noun: 1, 21 человек; 2–4, 22 человека; 5–20 человек")
    func aheadPlural() {
        let said = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 112].map { TicketWording.ahead($0, .ru) }
        #expect(said == ["Перед вами: 1 человек", "Перед вами: 2 человека", "Перед вами: 4 человека",
                         "Перед вами: 5 человек", "Перед вами: 11 человек", "Перед вами: 12 человек",
                         "Перед вами: 14 человек", "Перед вами: 21 человек", "Перед вами: 22 человека",
                         "Перед вами: 25 человек", "Перед вами: 112 человек"])
        #expect(TicketWording.ahead(0, .ru) == "Вы следующий")
    }

    @Test("English ticket by the ticket's language")
    func english() {
        let text = PlainTextRenderer(width: 40).render(TicketTemplate.standard.layout(.sample(language: .en)))
        #expect(text.contains("Issued: 12.03.2025 09:41"))
        #expect(text.contains("Ahead of you: 5"))
        #expect(text.contains("Watch the display for your number"))
    }

    @Test("Content from an engine answer: publicURL + /t/ + token, estimate, center zone")
    func fromAnswer() {
        let hall = HallConfig(
            center: CenterConfig(id: "c", name: LocalizedText(ru: "МФЦ", en: "MFC"), timeZone: "Asia/Yekaterinburg",
                                 hours: [:], publicURL: "https://q.example/"),
            services: [ServiceConfig(id: "pass", name: LocalizedText(ru: "Паспорт", en: "Passport"),
                                     prefix: "П", handlingSeconds: 600)],
            windows: [])
        let ticket = Ticket(id: "t1", number: 7, label: "П007", service: "pass",
                            businessDay: BusinessDay(year: 2025, month: 3, day: 12), language: .en,
                            issuedAt: Date(timeIntervalSince1970: 1_741_761_660))
        let content = TicketContent(answer: TicketAnswer(ticket: ticket, estimate: WaitEstimate(ahead: 2, seconds: 130, openWindows: 1)),
                                    hall: hall, token: "a b")
        #expect(content.statusURL == "https://q.example/t/a%20b")
        #expect(content.serviceName == "Passport")
        #expect(content.waitMinutes == 3)
        let text = PlainTextRenderer().render(TicketTemplate.standard.layout(content))
        #expect(text.contains("Issued: 12.03.2025 11:41"))
    }

    @Test("The number is as large as the line allows", arguments: PrinterProfile.builtIn)
    func numberScale(profile: PrinterProfile) {
        let scale = EscPosRenderer(profile: profile).numberScale(for: "П042")
        #expect(scale == min(profile.maxCharacterScale, profile.charactersPerLine / 4))
        #expect(scale * 4 <= profile.charactersPerLine)
    }

    @Test("Preview frames the paper at the profile's width")
    func preview() {
        let preview = PreviewRenderer(profile: .pos5890).render(TicketTemplate.standard.layout(.sample()))
        let lines = preview.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count == PrinterProfile.pos5890.charactersPerLine + 2 })
        #expect(preview.contains("П       0       4       2"))
        // No GS ( k, but a raster QR code drawn by Talon.
        #expect(preview.contains("[QR]"))
    }
}
