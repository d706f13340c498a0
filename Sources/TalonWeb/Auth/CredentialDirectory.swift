import Foundation
import HummingbirdBcrypt
import TalonCore

/// The hall's accounts and device tokens from the config.
struct CredentialDirectory: Sendable {
    let accounts: [ConsultantID: AccountConfig]
    let devices: [String: Principal]

    init(config: HallConfig) {
        accounts = Dictionary(config.accounts.map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a })
        var devices: [String: Principal] = [:]
        for d in config.displays { devices[d.token] = .display(d) }
        for k in config.kiosks { devices[k.token] = .kiosk(k) }
        for a in config.accounts { if let token = a.token { devices[token] = .account(a) } }
        self.devices = devices
    }

    /// The device (or the account, for a script's API token) whose token is `token`.
    func device(token: String) -> Principal? {
        // A dictionary lookup hashes the whole token; the candidates are then compared in
        // constant time so the answer does not leak how much of a guess was right.
        guard let p = devices[token] else { return nil }
        switch p {
        case .display(let d): return constantTimeEquals(d.token, token) ? p : nil
        case .kiosk(let k): return constantTimeEquals(k.token, token) ? p : nil
        case .account(let a): return constantTimeEquals(a.token ?? "", token) ? p : nil
        }
    }

    /// The account if `password` is its password. Bcrypt is slow on purpose (≈50 ms at
    /// cost 10), so it runs off the server's event loops; an unknown login costs the
    /// same time, so a login's existence does not show.
    func verify(login: String, password: String) async -> AccountConfig? {
        let account = accounts[ConsultantID(login)]
        let hash = account?.passwordHash ?? Self.dummyHash
        let ok = await Task.detached(priority: .userInitiated) {
            Bcrypt.verify(password, hash: hash)
        }.value
        return ok ? account : nil
    }

    /// A hash of a password nobody has, checked for unknown logins.
    static let dummyHash = "$2b$10$PqZaj10K34eZn/9RTfy68e7lzgsNWhjHCJF5LFvzHM8vRqDqu2nHX"
}
