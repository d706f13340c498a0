public import TalonCore

/// Who is making a request: a signed-in account, or a device with its token.
public enum Principal: Sendable, Hashable {
    case account(AccountConfig)
    case display(DisplayConfig)
    case kiosk(KioskConfig)

    /// Whether this principal may do `permission`.
    public func may(_ permission: Permission) -> Bool {
        switch self {
        case .display: permission == .read
        case .kiosk: permission == .read || permission == .issue
        case .account(let a):
            switch permission {
            case .read, .issue, .operate: true
            case .manage: a.role >= .manager
            }
        }
    }

    /// A short name for logs (a login or a device id; never a visitor's data).
    public var name: String {
        switch self {
        case .account(let a): "account:\(a.login)"
        case .display(let d): "display:\(d.id)"
        case .kiosk(let k): "kiosk:\(k.id)"
        }
    }
}

/// What a request needs to be allowed.
public enum Permission: String, Sendable, Hashable {
    /// Read the queue, a ticket, the event stream: displays, kiosks, accounts.
    case read
    /// Issue a ticket or check in a booking: kiosks and accounts.
    case issue
    /// Work a window (call, serve, transfer, pause, sign in): consultants and up.
    case operate
    /// Cancel tickets, load bookings: managers and admins.
    case manage
}
