import TalonCore

/// `accounts:` — who may sign in to the consultant console:
///
/// ```yaml
/// - {login: ivanova, name: Иванова А. П., role: consultant, password_bcrypt: "$2b$10$…"}
/// ```
///
/// Passwords are kept only as bcrypt hashes (`htpasswd -nbBC 10 "" PASSWORD | cut -c2-`).
enum AccountsSection {
    static let keys = ["login", "name", "role", "password_bcrypt"]

    static func parse(_ node: ConfigNode?) -> [AccountConfig] {
        guard let node, !node.isEmpty, let items = node.list() else { return [] }
        var logins = IDCheck()
        var accounts: [AccountConfig] = []
        for item in items {
            guard let map = item.map(allowedKeys: keys) else { continue }
            let errorsBefore = item.diagnostics.count
            let loginNode = map.required("login")
            let login = loginNode?.identifier()
            if let login, let loginNode { logins.claimID(login, at: loginNode, item: item) }
            let name = map.optional("name")?.nonEmptyString() ?? login ?? ""
            let role = map.required("role").flatMap { $0.choice(AccountRole.self, what: "role") }
            let hash = map.required("password_bcrypt").flatMap(Self.bcryptHash)
            guard item.diagnostics.count == errorsBefore, let login, let role, let hash else { continue }
            accounts.append(AccountConfig(login: ConsultantID(login), name: name, role: role, passwordHash: hash))
        }
        return accounts
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
