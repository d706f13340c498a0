/// A device's health as adapters report it: an input device missing, a printer out
/// of paper. The console and dashboard show these.
public struct DeviceStatus: Sendable, Codable, Hashable {
    public var device: DeviceID
    public var kind: DeviceKind
    public var condition: DeviceCondition
    /// A message a person can act on, in Russian.
    public var message: String

    public init(device: DeviceID, kind: DeviceKind, condition: DeviceCondition, message: String) {
        self.device = device
        self.kind = kind
        self.condition = condition
        self.message = message
    }
}

public enum DeviceKind: String, Sendable, Codable, Hashable {
    case input, printer, kiosk, display
}

/// What is wrong with a device, or `ok`.
public enum DeviceCondition: String, Sendable, Codable, Hashable {
    case ok
    case missing
    case noPermission = "no_permission"
    case paperLow = "paper_low"
    case paperOut = "paper_out"
    case offline
    case serverUnreachable = "server_unreachable"
    case jobStuck = "job_stuck"
    case notAccepting = "not_accepting"
    case error
}
