/// A person who signs in to the consultant console (`accounts:`).
///
/// The password is kept only as a bcrypt hash (`$2b$…`); the hall never stores it.
public struct AccountConfig: Sendable, Codable, Hashable, Identifiable {
    public var login: ConsultantID
    /// The name shown in the console.
    public var name: String
    public var role: AccountRole
    /// A bcrypt hash of the password.
    public var passwordHash: String
    /// An API token for scripts acting as this account (`Authorization: Bearer …`), such as
    /// the nightly `talon import … --url`; `nil`: the account only signs in with its password.
    public var token: String?

    public var id: ConsultantID { login }

    public init(login: ConsultantID, name: String, role: AccountRole, passwordHash: String, token: String? = nil) {
        self.login = login
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.token = token
    }
}

/// What an account may do. Each role may do everything the ones before it may.
public enum AccountRole: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Works a window: calls, serves, transfers, pauses.
    case consultant
    /// Also cancels tickets, loads bookings, opens and closes any window.
    case manager
    /// Everything.
    case admin

    var rank: Int {
        switch self {
        case .consultant: 0
        case .manager: 1
        case .admin: 2
        }
    }

    public static func < (lhs: AccountRole, rhs: AccountRole) -> Bool { lhs.rank < rhs.rank }
}
