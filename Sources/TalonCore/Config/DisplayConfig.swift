/// A wall display named in the config (`displays:`): what it shows and the read-only
/// device token it connects with. Served at `/display/<id>`.
public struct DisplayConfig: Sendable, Codable, Hashable, Identifiable {
    public var id: DeviceID
    public var kind: DisplayKind
    /// For a window display: the window whose ticket it shows.
    public var window: WindowID?
    public var orientation: DisplayOrientation
    /// The device token the display presents; it may only read the hall.
    public var token: String

    public init(id: DeviceID, kind: DisplayKind, window: WindowID? = nil,
                orientation: DisplayOrientation = .landscape, token: String) {
        self.id = id
        self.kind = kind
        self.window = window
        self.orientation = orientation
        self.token = token
    }
}

/// What a wall display shows.
public enum DisplayKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The hall board: latest calls, waiting visitors and expected wait per service.
    case board
    /// Above one window: the ticket it serves.
    case window
}

/// How a display screen is mounted.
public enum DisplayOrientation: String, Sendable, Codable, Hashable, CaseIterable {
    /// 1920×1080.
    case landscape
    /// 1080×1920.
    case portrait
}

/// A ticket kiosk's device token (`kiosks:`): it may issue tickets, check in bookings and
/// read the queue, and nothing else.
public struct KioskConfig: Sendable, Codable, Hashable, Identifiable {
    public var id: DeviceID
    public var token: String
    /// The kiosk's screen in pixels: portrait 1080×1920 by default.
    public var screen: ScreenSize
    /// The screen's visible width in millimetres, so that buttons can be laid out at
    /// least 2 cm across (a 21.5″ panel standing upright is 268 mm wide).
    public var screenWidthMillimetres: Double
    /// After this long without a touch the kiosk goes back to its home screen.
    public var idleSeconds: Double

    public init(id: DeviceID, token: String, screen: ScreenSize = ScreenSize(width: 1080, height: 1920),
                screenWidthMillimetres: Double = 268, idleSeconds: Double = 30) {
        self.id = id
        self.token = token
        self.screen = screen
        self.screenWidthMillimetres = screenWidthMillimetres
        self.idleSeconds = idleSeconds
    }
}
