/// The three Russian plural forms: 1, 21 запись; 2–4, 22 записи; 5–20, 25 записей.
public enum RussianPlural {
    /// The form of the noun that goes with `n`.
    public static func form(_ n: Int, one: String, few: String, many: String) -> String {
        let tens = abs(n) % 100, units = abs(n) % 10
        if (11...14).contains(tens) { return many }
        switch units {
        case 1: return one
        case 2...4: return few
        default: return many
        }
    }
}
