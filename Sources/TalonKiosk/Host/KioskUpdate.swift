/// What a kiosk page is sent: a new frame to draw, or the button a touch pressed (drawn
/// pressed at once, before the frame that follows the press).
public enum KioskUpdate: Sendable, Hashable {
    case frame(KioskFrame)
    case pressed(button: String, version: Int)
}

/// What became of a touch.
public struct KioskTapOutcome: Sendable, Hashable {
    /// The button it hit, if any.
    public var button: String?
    /// The frame the touch was tested against.
    public var version: Int

    public init(button: String?, version: Int) {
        self.button = button
        self.version = version
    }
}
