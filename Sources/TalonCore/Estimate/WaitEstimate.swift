/// How long a waiting ticket is expected to wait, and why.
public struct WaitEstimate: Sendable, Codable, Hashable {
    /// Tickets that will be called before this one (0: next).
    public var ahead: Int
    /// Expected seconds from now until the call.
    public var seconds: Double
    /// Windows now open that serve the ticket's service.
    public var openWindows: Int

    public init(ahead: Int, seconds: Double, openWindows: Int) {
        self.ahead = ahead
        self.seconds = seconds
        self.openWindows = openWindows
    }

    /// Whole minutes, rounded up, as the kiosk and the display show them.
    public var minutes: Int { Int((seconds / 60).rounded(.up)) }
}
