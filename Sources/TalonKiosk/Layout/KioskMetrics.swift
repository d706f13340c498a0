import TalonCore

/// Sizes for one kiosk screen, from its pixels and its physical width: every touch
/// target at least ``minimumTargetMillimetres`` across, text sized to the screen.
struct KioskMetrics: Sendable, Hashable {
    /// The smallest a button may be in either direction: about a fingertip and a half.
    static let minimumTargetMillimetres = 20.0

    let width: Double
    let height: Double
    /// Screen pixels per millimetre.
    let pixelsPerMillimetre: Double

    init(kiosk: KioskConfig) {
        width = Double(kiosk.screen.width)
        height = Double(kiosk.screen.height)
        pixelsPerMillimetre = width / max(kiosk.screenWidthMillimetres, 1)
    }

    var portrait: Bool { height >= width }
    /// The smallest touch target in pixels.
    var minimumTarget: Double { (Self.minimumTargetMillimetres * pixelsPerMillimetre).rounded(.up) }
    var short: Double { min(width, height) }
    var margin: Double { max(short * 0.035, 12) }
    var gap: Double { max(short * 0.022, 8) }
    /// Body text size: about 9 mm tall letters on the usual panels.
    var body: Double { max(short * 0.036, 16) }
    var title: Double { body * 1.45 }
    var headerHeight: Double { max(minimumTarget, portrait ? height * 0.085 : height * 0.12) }
    var footerHeight: Double { max(minimumTarget, portrait ? height * 0.08 : height * 0.12) }
    /// The tallest a list button grows.
    var maxButtonHeight: Double { max(minimumTarget, portrait ? height * 0.11 : height * 0.2) }
}
