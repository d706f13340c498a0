public import TalonCore

/// What pressing a kiosk button does.
public enum KioskAction: Sendable, Hashable {
    case setLanguage(Language)
    /// Show a node of the service tree.
    case openGroup(GroupID)
    /// A service was chosen: issue its ticket, or first ask for a priority category.
    case chooseService(ServiceID)
    /// Issue a ticket for the service, with the category (`nil`: the regular queue).
    case issue(ServiceID, CategoryID?)
    /// Check in a booking: the keypad for its code.
    case openCheckIn
    /// Ask whether documents are ready: the keypad for the application number.
    case openReadiness
    /// A keypad key: append this character.
    case key(String)
    /// Delete the last character.
    case erase
    /// Send the code or number typed.
    case submit
    /// One screen up.
    case back
    /// Back to the home screen.
    case home
}
