public import TalonCore

/// What a kiosk reads of the hall when it decides: the engine's state and whether the
/// engine could make tickets durable lately.
public struct KioskWorld: Sendable {
    public let state: HallState
    /// The last command failed to reach the journal; cleared by the next success.
    public let engineFault: Bool

    public init(state: HallState, engineFault: Bool = false) {
        self.state = state
        self.engineFault = engineFault
    }
}
