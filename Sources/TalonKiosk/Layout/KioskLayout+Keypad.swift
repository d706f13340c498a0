import TalonCore

/// The keypad screen for a booking code or an application number.
extension KioskLayout {
    func keypad(_ page: inout Page, _ purpose: KioskEntry, entry: String) {
        let prompt = purpose == .checkIn ? KioskStrings.checkInPrompt : KioskStrings.readinessPrompt
        let hint = purpose == .checkIn ? KioskStrings.checkInHint : KioskStrings.readinessHint
        page.title(page.text(prompt))
        page.paragraph(page.text(hint), lines: 1, tone: .muted)
        page.navigation(back: false)
        // The typed text, in a field as tall as a key.
        let m = metrics
        let keyHeight = max(m.minimumTarget, min(page.content.height / 5.6, m.maxButtonHeight))
        let (field, rest) = page.content.splitTop(keyHeight, gap: m.gap * 1.5)
        page.elements.append(.label(KioskLabel(rect: field.rounded(), text: entry.isEmpty ? "—" : entry,
                                               size: min(keyHeight * 0.55, m.title * 1.6), weight: .bold)))
        // Keys: 1–9, then erase, 0, next; the pad never wider than it needs.
        let padWidth = min(rest.width, keyHeight * 3 * (m.portrait ? 1.9 : 2.2) + 2 * m.gap)
        let padHeight = min(rest.height, keyHeight * 4 + 3 * m.gap)
        let pad = KioskRect(x: rest.x + (rest.width - padWidth) / 2, y: rest.y, width: padWidth, height: padHeight)
        let digit = { (d: Int) in KioskButton(id: "key.\(d)", rect: .zero, title: "\(d)", style: .key, action: .key("\(d)")) }
        let keys = (1...9).map(digit) + [
            KioskButton(id: "erase", rect: .zero, title: "⌫", style: .secondary, action: .erase),
            digit(0),
            KioskButton(id: "submit", rect: .zero, title: page.text(KioskStrings.submit), style: .primary, action: .submit),
        ]
        page.place(keys, in: pad, columns: 3)
    }
}
