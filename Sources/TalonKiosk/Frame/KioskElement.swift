
/// One thing drawn on a kiosk screen.
public enum KioskElement: Sendable, Hashable {
    case button(KioskButton)
    case label(KioskLabel)
    /// A ticket number, as large as the rectangle allows.
    case number(text: String, rect: KioskRect)
    /// A QR code of `url`, as an SVG drawing that fills the rectangle.
    case qr(url: String, svg: String, rect: KioskRect)

    /// The element's rectangle.
    public var rect: KioskRect {
        switch self {
        case .button(let b): b.rect
        case .label(let l): l.rect
        case .number(_, let r), .qr(_, _, let r): r
        }
    }
}

/// A button: what it says, where it is, and what pressing it does.
public struct KioskButton: Sendable, Hashable {
    /// Stable within a screen («service.passport», «key.7»): the page marks the pressed
    /// button by it.
    public var id: String
    public var rect: KioskRect
    public var title: String
    /// A second, smaller line («ожидают 4»).
    public var detail: String?
    public var style: KioskButtonStyle
    public var action: KioskAction

    public init(id: String, rect: KioskRect, title: String, detail: String? = nil,
                style: KioskButtonStyle = .primary, action: KioskAction) {
        self.id = id
        self.rect = rect
        self.title = title
        self.detail = detail
        self.style = style
        self.action = action
    }
}

/// How a button looks; the page maps each to high-contrast colours.
public enum KioskButtonStyle: String, Sendable, Hashable, Codable {
    /// A service or the main choice.
    case primary
    /// Check-in and readiness: set apart from services.
    case accent
    /// Back, home, language.
    case secondary
    /// A keypad key.
    case key
}

/// A line or paragraph of text.
public struct KioskLabel: Sendable, Hashable {
    public enum Weight: String, Sendable, Hashable, Codable { case regular, bold }
    public enum Tone: String, Sendable, Hashable, Codable { case normal, muted, warning, error }

    public var rect: KioskRect
    public var text: String
    /// Font size in screen pixels.
    public var size: Double
    public var weight: Weight
    public var tone: Tone
    public var centered: Bool

    public init(rect: KioskRect, text: String, size: Double, weight: Weight = .regular,
                tone: Tone = .normal, centered: Bool = true) {
        self.rect = rect
        self.text = text
        self.size = size
        self.weight = weight
        self.tone = tone
        self.centered = centered
    }
}
