public import TalonCore

/// Everything a kiosk screen shows at one moment, laid out for that kiosk's screen.
///
/// The page draws exactly this, and every touch — from the evdev touchscreen or from a
/// click in the page — is hit-tested against it on the server, so what the visitor
/// sees is what the daemon acts on.
public struct KioskFrame: Sendable, Hashable {
    public var kiosk: DeviceID
    /// Grows with every new frame of this kiosk; a tap names the frame it was aimed at.
    public var version: Int
    /// The screen's name («home», «group», «ticket»…), for tests and the page's styles.
    public var screen: String
    public var language: Language
    public var width: Double
    public var height: Double
    public var elements: [KioskElement]

    public init(kiosk: DeviceID, version: Int, screen: String, language: Language,
                width: Double, height: Double, elements: [KioskElement]) {
        self.kiosk = kiosk
        self.version = version
        self.screen = screen
        self.language = language
        self.width = width
        self.height = height
        self.elements = elements
    }

    /// The frame's buttons, in drawing order.
    public var buttons: [KioskButton] {
        elements.compactMap { if case .button(let b) = $0 { b } else { nil } }
    }

    /// The button under a touch at (`x`, `y`) screen pixels, if any: the last drawn wins
    /// (buttons never overlap in a laid-out frame, so there is at most one).
    public func hit(x: Double, y: Double) -> KioskButton? {
        buttons.last { $0.rect.contains(x: x, y: y) }
    }

    /// The button with `id`, if the frame has one.
    public func button(_ id: String) -> KioskButton? {
        buttons.first { $0.id == id }
    }

    /// All the text the frame shows, top to bottom: for tests and logs.
    public var texts: [String] {
        elements.flatMap { e -> [String] in
            switch e {
            case .button(let b): [b.title] + (b.detail.map { [$0] } ?? [])
            case .label(let l): [l.text]
            case .number(let t, _): [t]
            case .qr: []
            }
        }
    }
}
