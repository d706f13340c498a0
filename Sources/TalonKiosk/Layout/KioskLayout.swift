public import Foundation
public import TalonCore

/// Lays a kiosk's screen out for that kiosk's panel: buttons as rectangles at least
/// 2 cm across, text sized to the screen, in portrait or landscape.
///
/// ```swift
/// let layout = KioskLayout(kiosk: config.kiosks[0], hall: config)
/// let frame = layout.frame(for: machine, world: world, version: 1, at: now)
/// frame.hit(x: 540, y: 900)?.action   // what a touch there does
/// ```
public struct KioskLayout: Sendable {
    let kiosk: KioskConfig
    let hall: HallConfig
    let metrics: KioskMetrics
    let grid: ButtonGrid
    /// «Opens tomorrow at 08:00»; `nil` if the hall's time zone is unknown.
    let dates: KioskDates?
    let qr = KioskQRDrawing()

    public init(kiosk: KioskConfig, hall: HallConfig) {
        self.kiosk = kiosk
        self.hall = hall
        self.metrics = KioskMetrics(kiosk: kiosk)
        self.grid = ButtonGrid(metrics: metrics)
        self.dates = BusinessCalendar(center: hall.center).map(KioskDates.init)
    }

    /// The frame of `machine`'s current screen.
    public func frame(for machine: KioskMachine, world: KioskWorld, version: Int, at now: Date) -> KioskFrame {
        let l = machine.language
        var page = Page(layout: self, language: l)
        switch machine.screen {
        case .home: home(&page, world: world)
        case .group(let g): group(&page, g, world: world)
        case .category(let s): category(&page, s, world: world)
        case .entry(let e): keypad(&page, e, entry: machine.entry)
        case .working: working(&page)
        case .ticket(let t): ticket(&page, t)
        case .message(let m): message(&page, m)
        case .outOfService(let why): outOfService(&page, why, at: now)
        }
        return KioskFrame(kiosk: kiosk.id, version: version, screen: machine.screen.name, language: l,
                          width: metrics.width, height: metrics.height, elements: page.elements)
    }
}

/// A frame being built: the header, then the content area that screens fill.
struct Page {
    let layout: KioskLayout
    let language: Language
    var elements: [KioskElement] = []
    /// What is left to fill, below the header.
    var content: KioskRect

    init(layout: KioskLayout, language: Language) {
        self.layout = layout
        self.language = language
        let m = layout.metrics
        let screen = KioskRect(x: 0, y: 0, width: m.width, height: m.height).inset(m.margin)
        let (header, rest) = screen.splitTop(m.headerHeight, gap: m.gap)
        content = rest
        let languageWidth = max(m.minimumTarget * 2.4, m.width * 0.22)
        let button = KioskRect(x: header.maxX - languageWidth, y: header.y,
                               width: languageWidth, height: header.height).rounded()
        elements.append(.label(KioskLabel(
            rect: KioskRect(x: header.x, y: header.y, width: header.width - languageWidth - m.gap, height: header.height),
            text: layout.hall.center.name.text(language), size: m.body, weight: .bold, centered: false)))
        elements.append(.button(KioskButton(
            id: "language", rect: button, title: KioskStrings.language.text(language), style: .secondary,
            action: .setLanguage(language == .ru ? .en : .ru))))
    }

    var m: KioskMetrics { layout.metrics }

    func text(_ t: LocalizedText) -> String { t.text(language) }

    /// A label at the top of the content.
    mutating func title(_ t: String, size: Double? = nil, lines: Double = 1, tone: KioskLabel.Tone = .normal) {
        let s = size ?? m.title
        let (top, rest) = content.splitTop(s * 1.3 * lines, gap: m.gap)
        elements.append(.label(KioskLabel(rect: top, text: t, size: s, weight: .bold, tone: tone)))
        content = rest
    }

    /// A paragraph at the top of the content.
    mutating func paragraph(_ t: String, lines: Double, size: Double? = nil, tone: KioskLabel.Tone = .normal) {
        let s = size ?? m.body
        let (top, rest) = content.splitTop(s * 1.35 * lines, gap: m.gap)
        elements.append(.label(KioskLabel(rect: top, text: t, size: s, tone: tone)))
        content = rest
    }

    /// `buttons` in a grid filling `area`, each given its cell's rectangle.
    mutating func place(_ buttons: [KioskButton], in area: KioskRect, columns: Int? = nil) {
        for (button, cell) in zip(buttons, layout.grid.cells(buttons.count, in: area, preferredColumns: columns)) {
            var b = button
            b.rect = cell
            elements.append(.button(b))
        }
    }

    /// Buttons along the bottom of the content, side by side.
    mutating func footer(_ buttons: [KioskButton]) {
        guard !buttons.isEmpty else { return }
        let (bar, rest) = content.splitBottom(m.footerHeight, gap: m.gap)
        content = rest
        place(buttons, in: bar, columns: buttons.count)
    }

    /// The usual footer: back and home.
    mutating func navigation(back: Bool = true) {
        var buttons: [KioskButton] = []
        if back { buttons.append(KioskButton(id: "back", rect: .zero, title: text(KioskStrings.back), style: .secondary, action: .back)) }
        buttons.append(KioskButton(id: "home", rect: .zero, title: text(KioskStrings.home), style: .secondary, action: .home))
        footer(buttons)
    }
}
