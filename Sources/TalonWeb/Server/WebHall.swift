public import Foundation
public import TalonCore
public import TalonKiosk
public import Logging

/// Everything the routes share: the engine, the journal's history for SSE catch-up,
/// the config, the hall's clock, sessions, the event hub and the kiosk screens.
public struct WebHall: Sendable {
    public let engine: HallEngine
    public let history: any EventHistory
    public let config: HallConfig
    public let clock: any HallClock
    public let options: WebOptions
    /// The kiosk screens (`/kiosk/<id>`); `nil` serves none. Runs as one of ``services``.
    public let kiosks: KioskHost?
    let sessions = SessionStore()
    let limiter = LoginLimiter()
    let displayReports = DisplayReports()
    let directory: CredentialDirectory
    let hub: EventHub
    let metrics: HallMetrics
    let openAPI: Data
    let logger: Logger

    /// - Parameters:
    ///   - engine: The running hall engine.
    ///   - history: Where SSE clients catch up from (the engine's journal).
    ///   - clock: The engine's clock, shown by the displays.
    ///   - kiosks: The hall's kiosk screens, made on the same engine and clock.
    public init(engine: HallEngine, history: any EventHistory, clock: any HallClock,
                options: WebOptions = WebOptions(), kiosks: KioskHost? = nil,
                logger: Logger = Logger(label: "talon.web")) {
        self.engine = engine
        self.kiosks = kiosks
        self.history = history
        self.config = engine.config
        self.clock = clock
        self.options = options
        self.logger = logger
        directory = CredentialDirectory(config: engine.config)
        metrics = HallMetrics(config: engine.config)
        hub = EventHub(engine: engine, history: history, metrics: metrics, logger: logger)
        openAPI = OpenAPIDocument.load()
    }
}

/// How the web side runs.
public struct WebOptions: Sendable {
    /// The `display/` folder with the pages; `nil` finds it (see ``AssetFolder``).
    public var assets: URL?
    /// The `kiosk/screen/` folder with the kiosk page; `nil` finds it (see ``AssetFolder``).
    public var kioskAssets: URL?
    /// Hall seconds per real second: 1, or the demo's speed (the displays' clocks use it).
    public var clockSpeed: Double
    /// Seconds between SSE heartbeat comments.
    public var heartbeat: Duration
    /// Real seconds between engine ticks (no-show time-outs, day change).
    public var tick: Duration
    /// `Secure` on the session cookie (behind TLS).
    public var secureCookies: Bool

    public init(assets: URL? = nil, kioskAssets: URL? = nil, clockSpeed: Double = 1,
                heartbeat: Duration = .seconds(5), tick: Duration = .seconds(5), secureCookies: Bool = false) {
        self.assets = assets
        self.kioskAssets = kioskAssets
        self.clockSpeed = clockSpeed
        self.heartbeat = heartbeat
        self.tick = tick
        self.secureCookies = secureCookies
    }
}
