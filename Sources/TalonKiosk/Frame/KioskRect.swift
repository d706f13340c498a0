/// A rectangle on a kiosk screen, in the screen's pixels, origin top left.
public struct KioskRect: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// Whether the point lies inside (left and top edges in, right and bottom out, so
    /// two buttons side by side never both contain a point).
    public func contains(x px: Double, y py: Double) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Whether the two rectangles share any area.
    public func overlaps(_ other: KioskRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// This rectangle shrunk by `d` on every side.
    func inset(_ d: Double) -> KioskRect {
        KioskRect(x: x + d, y: y + d, width: max(width - 2 * d, 0), height: max(height - 2 * d, 0))
    }

    /// The top `h` pixels, and what is left below them after `gap`.
    func splitTop(_ h: Double, gap: Double = 0) -> (KioskRect, KioskRect) {
        let h = min(h, height)
        return (KioskRect(x: x, y: y, width: width, height: h),
                KioskRect(x: x, y: y + h + gap, width: width, height: max(height - h - gap, 0)))
    }

    /// The bottom `h` pixels, and what is left above them after `gap`.
    func splitBottom(_ h: Double, gap: Double = 0) -> (KioskRect, KioskRect) {
        let h = min(h, height)
        return (KioskRect(x: x, y: maxY - h, width: width, height: h),
                KioskRect(x: x, y: y, width: width, height: max(height - h - gap, 0)))
    }

    /// Whole pixels, so the page draws exactly what the hit test checks.
    func rounded() -> KioskRect {
        KioskRect(x: x.rounded(), y: y.rounded(), width: width.rounded(), height: height.rounded())
    }
}
