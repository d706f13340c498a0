import Foundation
public import TalonCore

extension TicketContent {
    /// A fixed sample ticket for `talon print-test`, previews and the golden bytes:
    /// always the same date, number and token, so its bytes never change by themselves.
    public static func sample(language: Language = .ru,
                              publicURL: String = "https://mfc.example.ru") -> TicketContent {
        TicketContent(
            centerName: language == .ru ? "МФЦ «Мои документы» Тверской" : "My Documents Center, Tverskoy",
            label: "П042",
            serviceName: language == .ru ? "Паспорт РФ: оформление и замена" : "Russian passport: issue and renewal",
            issuedAt: Date(timeIntervalSince1970: 1_741_761_660), // 2025-03-12 06:41 UTC = 09:41 Moscow
            timeZone: TimeZone(identifier: "Europe/Moscow") ?? TimeZone(secondsFromGMT: 3 * 3600)!,
            ahead: 5, waitMinutes: 12,
            statusURL: TicketToken.pageURL(base: publicURL, token: "K7Q2-9XTM"),
            language: language)
    }
}
