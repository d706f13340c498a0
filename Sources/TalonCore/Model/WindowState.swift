public import Foundation

/// The live state of a window.
public struct WindowState: Sendable, Codable, Hashable, Identifiable {
    public var id: WindowID
    public var mode: WindowMode
    public var consultant: ConsultantID?
    /// The ticket called to or served at this window now.
    public var current: TicketID?
    /// The ticket finished here last, and when: rating presses attach to it.
    public var lastFinished: TicketID?
    public var lastFinishedAt: Date?
    public var lastRatingAt: Date?

    public init(id: WindowID, mode: WindowMode = .closed) {
        self.id = id
        self.mode = mode
    }
}

/// Whether a window calls tickets.
public enum WindowMode: String, Sendable, Codable, Hashable {
    case open, paused, closed
}
