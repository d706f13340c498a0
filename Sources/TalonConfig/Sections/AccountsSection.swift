import TalonCore

/// `accounts:` — who may sign in to the consultant console:
///
/// ```yaml
/// - {login: ivanova, name: Иванова А. П., role: consultant, password_bcrypt: "$2b$10$…"}
/// ```
///
/// Passwords are kept only as bcrypt hashes (`htpasswd -nbBC 10 "" PASSWORD | cut -c2-`).
/// An optional `token` lets a script act as the account with `Authorization: Bearer …`
/// (a manager's token for `talon import … --url`); it follows the device-token rules.
enum AccountsSection {
    static let keys = ["login", "name", "role", "password_bcrypt", "token"]

    /// `tokens` holds the displays' and kiosks' tokens already, so that no account shares one.
    static func parse(_ node: ConfigNode?, tokens: inout DeviceTokenCheck) -> [AccountConfig] {
        ListSection.items(of: node, keys: keys, idKey: "login") { map, login in
            let name = map.optional("name")?.nonEmptyString() ?? login ?? ""
            let role = map.required("role").flatMap { $0.choice(AccountRole.self, what: "role") }
            let hash = map.required("password_bcrypt").flatMap(Self.bcryptHash)
            let token = map.optional("token").flatMap { tokens.token(at: $0, owner: login ?? "?") }
            guard let login, let role, let hash else { return nil }
            return AccountConfig(login: ConsultantID(login), name: name, role: role, passwordHash: hash, token: token)
        }
    }

    /// A modular-crypt bcrypt hash: `$2a$`, `$2b$` or `$2y$`, a two-digit cost, 53 characters.
    static func bcryptHash(_ node: ConfigNode) -> String? {
        guard let text = node.string() else { return nil }
        let prefixes = ["$2a$", "$2b$", "$2y$"]
        guard text.count == 60, prefixes.contains(where: text.hasPrefix) else {
            node.report(.invalidValue, "expected a bcrypt hash such as «$2b$10$…» (60 characters), never the "
                        + "password itself; make one with `htpasswd -nbBC 10 \"\" PASSWORD | cut -c2-`")
            return nil
        }
        return text
    }
}
