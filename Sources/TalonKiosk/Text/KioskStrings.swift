import TalonCore

/// The kiosk's fixed words, Russian first.
enum KioskStrings {
    static let language = LocalizedText(ru: "English", en: "Русский")
    static let chooseService = LocalizedText(ru: "Выберите услугу", en: "Choose a service")
    static let checkIn = LocalizedText(ru: "Я записан(а) заранее", en: "I have a booking")
    static let checkInDetail = LocalizedText(ru: "ввести код записи", en: "enter the booking code")
    static let readiness = LocalizedText(ru: "Готовы ли мои документы?", en: "Are my documents ready?")
    static let readinessDetail = LocalizedText(ru: "по номеру заявления", en: "by application number")
    static let back = LocalizedText(ru: "← Назад", en: "← Back")
    static let home = LocalizedText(ru: "В начало", en: "Start over")
    static let done = LocalizedText(ru: "Готово", en: "Done")
    static let retry = LocalizedText(ru: "Ввести снова", en: "Try again")
    static let ok = LocalizedText(ru: "Понятно", en: "OK")
    static let submit = LocalizedText(ru: "Далее", en: "Next")
    static let priorityQuestion = LocalizedText(ru: "Есть ли у вас право на обслуживание вне очереди?",
                                                en: "Are you entitled to priority service?")
    static let regularQueue = LocalizedText(ru: "Нет, обычная очередь", en: "No, regular queue")
    static let checkInPrompt = LocalizedText(ru: "Введите код записи", en: "Enter your booking code")
    static let checkInHint = LocalizedText(ru: "или поднесите штрихкод записи к сканеру",
                                           en: "or hold the booking barcode to the scanner")
    static let readinessPrompt = LocalizedText(ru: "Введите номер заявления", en: "Enter your application number")
    static let readinessHint = LocalizedText(ru: "номер указан в расписке о приёме документов",
                                             en: "it is on the receipt you got with your application")
    static let working = LocalizedText(ru: "Подождите, выдаём талон…", en: "Please wait, issuing your ticket…")
    static let yourTicket = LocalizedText(ru: "Ваш талон", en: "Your ticket")
    static let printing = LocalizedText(ru: "Печатаем талон…", en: "Printing your ticket…")
    static let takeTicket = LocalizedText(ru: "Возьмите талон", en: "Please take your ticket")
    static let printFailed = LocalizedText(
        ru: "Талон не удалось напечатать. Запомните или запишите номер — он действителен. QR-код откроет талон на телефоне.",
        en: "The ticket could not be printed. Please note your number — it is valid. The QR code opens it on your phone.")
    static let onScreen = LocalizedText(
        ru: "Запомните или запишите номер. QR-код откроет талон на телефоне.",
        en: "Please note your number. The QR code opens the ticket on your phone.")
    static let watchBoard = LocalizedText(ru: "Следите за вызовом на табло", en: "Watch the board for your number")
    static let outOfService = LocalizedText(ru: "Терминал временно не работает", en: "This kiosk is temporarily out of service")
    static let printerDown = LocalizedText(
        ru: "Печать талонов временно недоступна. Обратитесь к консультанту у входа.",
        en: "Tickets cannot be printed right now. Please ask the consultant at the entrance.")
    static let engineDown = LocalizedText(
        ru: "Выдача талонов временно недоступна. Обратитесь к консультанту у входа.",
        en: "Tickets cannot be issued right now. Please ask the consultant at the entrance.")
    static let closed = LocalizedText(ru: "Центр закрыт", en: "The center is closed")
    static let documentsReady = LocalizedText(ru: "Документы готовы к выдаче", en: "Your documents are ready")

    /// «Перед вами: 4 · ожидание около 12 мин».
    static func queue(ahead: Int?, minutes: Int?) -> LocalizedText? {
        switch (ahead, minutes) {
        case (nil, nil): return nil
        case (let a?, let m?) where a > 0:
            return LocalizedText(ru: "Перед вами: \(a) · ожидание около \(m) мин",
                                 en: "Ahead of you: \(a) · about \(m) min wait")
        case (let a?, _) where a > 0:
            return LocalizedText(ru: "Перед вами: \(a)", en: "Ahead of you: \(a)")
        default:
            return LocalizedText(ru: "Вас пригласят в ближайшее время", en: "You will be called shortly")
        }
    }

    /// «ожидают 4» on a service button.
    static func waiting(_ n: Int) -> LocalizedText {
        n == 0 ? LocalizedText(ru: "очереди нет", en: "no queue")
            : LocalizedText(ru: "ожидают: \(n)", en: "waiting: \(n)")
    }
}
