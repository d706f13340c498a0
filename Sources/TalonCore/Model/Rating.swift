public import Foundation

/// A smiley press at a window.
public struct Rating: Sendable, Codable, Hashable {
    /// 1 very unhappy, 2 unhappy, 3 happy, 4 very happy.
    public var score: Int
    public var window: WindowID
    /// The ticket it rates: the one just finished at that window, if any.
    public var ticket: TicketID?
    public var consultant: ConsultantID?
    public var at: Date
    /// Pressed faster than the misuse interval after the previous press: kept, but left
    /// out of the happy index.
    public var misuse: Bool
    public var device: DeviceID?

    public init(score: Int, window: WindowID, ticket: TicketID?, consultant: ConsultantID?,
                at: Date, misuse: Bool, device: DeviceID?) {
        self.score = score
        self.window = window
        self.ticket = ticket
        self.consultant = consultant
        self.at = at
        self.misuse = misuse
        self.device = device
    }
}
