import Foundation
import TalonCore

/// The screens after a choice: waiting for the hall, the ticket, a message, out of service.
extension KioskLayout {
    func working(_ page: inout Page) {
        let r = page.content
        page.elements.append(.label(KioskLabel(rect: KioskRect(x: r.x, y: r.y + r.height * 0.35, width: r.width, height: metrics.title * 2),
                                               text: page.text(KioskStrings.working), size: metrics.title, weight: .bold)))
    }

    func ticket(_ page: inout Page, _ t: KioskTicket) {
        let m = metrics
        let code = t.print == .failed || t.print == .noPrinter ? t.pageURL.flatMap { url in qr.svg(url).map { (url, $0) } } : nil
        // Landscape: the QR code stands in a column beside the number and the words; below
        // them no room is left.
        var column: KioskRect?
        if !m.portrait, code != nil {
            let r = page.content, side = min(r.height, m.height * 0.4)
            column = KioskRect(x: r.maxX - side, y: r.y, width: side, height: r.height)
            page.content = KioskRect(x: r.x, y: r.y, width: r.width - side - m.gap, height: r.height)
        }
        if let heading = t.heading { page.paragraph(page.text(heading), lines: 1, size: m.body, tone: .muted) }
        page.title(page.text(KioskStrings.yourTicket))
        let numberHeight = m.portrait ? m.height * 0.17 : m.height * 0.2
        let (number, rest) = page.content.splitTop(numberHeight, gap: m.gap)
        page.elements.append(.number(text: t.label, rect: number.rounded()))
        page.content = rest
        page.title(t.service.text(page.language), size: m.body * 1.2, lines: 2)
        if let queue = KioskStrings.queue(ahead: t.ahead, minutes: t.waitMinutes) {
            page.paragraph(page.text(queue), lines: 1)
        }
        page.footer([KioskButton(id: "done", rect: .zero, title: page.text(KioskStrings.done), action: .home)])
        switch t.print {
        case .printing:
            page.title(page.text(KioskStrings.printing), tone: .muted)
        case .printed:
            page.title(page.text(KioskStrings.takeTicket))
            page.paragraph(page.text(KioskStrings.watchBoard), lines: 1, tone: .muted)
        case .failed, .noPrinter:
            let note = t.print == .failed ? KioskStrings.printFailed : KioskStrings.onScreen
            page.paragraph(page.text(note), lines: 3, tone: t.print == .failed ? .warning : .normal)
            if case let (url, svg)? = code {
                let r = column ?? page.content
                let side = column?.width ?? min(r.height, r.width, m.width * 0.42)
                let y = column == nil ? r.y : r.y + (r.height - side) / 2
                page.elements.append(.qr(url: url, svg: svg,
                                         rect: KioskRect(x: r.x + (r.width - side) / 2, y: y, width: side, height: side).rounded()))
            }
        }
    }

    func message(_ page: inout Page, _ msg: KioskMessage) {
        page.title(page.text(msg.title), tone: msg.tone == .warning ? .warning : .normal)
        page.paragraph(page.text(msg.body), lines: 5)
        var buttons: [KioskButton] = []
        if let retry = msg.retry {
            buttons.append(KioskButton(id: "retry", rect: .zero, title: page.text(KioskStrings.retry), style: .secondary,
                                       action: retry == .checkIn ? .openCheckIn : .openReadiness))
        }
        buttons.append(KioskButton(id: "ok", rect: .zero, title: page.text(KioskStrings.ok), action: .home))
        page.footer(buttons)
    }

    func outOfService(_ page: inout Page, _ why: OutOfService, at now: Date) {
        let r = page.content
        page.content = KioskRect(x: r.x, y: r.y + r.height * 0.25, width: r.width, height: r.height * 0.75)
        switch why {
        case .closed(let next):
            page.title(page.text(KioskStrings.closed), size: metrics.title * 1.3)
            if let next, let dates {
                let when = dates.when(next, from: now)
                page.paragraph(page.language == .ru ? "Откроется \(when.ru)" : "Opens \(when.en)", lines: 1,
                               size: metrics.title)
            }
        case .printer:
            page.title(page.text(KioskStrings.outOfService), lines: 2)
            page.paragraph(page.text(KioskStrings.printerDown), lines: 3)
        case .engine:
            page.title(page.text(KioskStrings.outOfService), lines: 2)
            page.paragraph(page.text(KioskStrings.engineDown), lines: 3)
        }
    }
}
