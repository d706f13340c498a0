public import TalonCore

/// A point on the kiosk's screen, in pixels.
public struct ScreenPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    func distance(to other: ScreenPoint) -> Double {
        let dx = x - other.x, dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
}

/// Maps a panel's raw axis values to screen pixels: normalise by the axis ranges, swap,
/// invert, rotate, apply libinput's 2×3 calibration matrix, scale to the screen.
public struct TouchMapper: Sendable, Hashable {
    public var xRange: ClosedRange<Int32>
    public var yRange: ClosedRange<Int32>
    public var role: TouchscreenRole

    public init(xRange: ClosedRange<Int32>, yRange: ClosedRange<Int32>, role: TouchscreenRole) {
        self.xRange = xRange
        self.yRange = yRange
        self.role = role
    }

    /// The screen position of a raw (x, y), clamped to the screen.
    public func map(x rawX: Int32, y rawY: Int32) -> ScreenPoint {
        var x = Self.normalise(rawX, xRange)
        var y = Self.normalise(rawY, yRange)
        if role.swapAxes { swap(&x, &y) }
        if role.invertX { x = 1 - x }
        if role.invertY { y = 1 - y }
        switch ((role.rotation % 360) + 360) % 360 {
        case 90: (x, y) = (1 - y, x)
        case 180: (x, y) = (1 - x, 1 - y)
        case 270: (x, y) = (y, 1 - x)
        default: break
        }
        let m = role.calibration.count == 6 ? role.calibration : [1, 0, 0, 0, 1, 0]
        let cx = m[0] * x + m[1] * y + m[2]
        let cy = m[3] * x + m[4] * y + m[5]
        let width = Double(role.screen.width), height = Double(role.screen.height)
        return ScreenPoint(x: min(max(cx * width, 0), width - 1),
                           y: min(max(cy * height, 0), height - 1))
    }

    static func normalise(_ value: Int32, _ range: ClosedRange<Int32>) -> Double {
        let span = Double(range.upperBound) - Double(range.lowerBound)
        guard span > 0 else { return 0 }
        return (Double(value) - Double(range.lowerBound)) / span
    }
}
