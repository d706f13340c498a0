/// Checks for the letters before a ticket number («П» in «П042»).
///
/// Visitors read prefixes off a wall display from across the hall, so two prefixes
/// that look the same — Cyrillic «А» and Latin «A» — are as bad as two equal ones.
enum TicketPrefix {
    /// Capital Cyrillic (А–Я, Ё) or Latin (A–Z) letters, one to three, not mixed.
    static func isValid(_ prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard (1...3).contains(scalars.count) else { return false }
        return scalars.allSatisfy(isCyrillicCapital) || scalars.allSatisfy(isLatinCapital)
    }

    static func isCyrillicCapital(_ scalar: Unicode.Scalar) -> Bool {
        (0x410...0x42F).contains(scalar.value) || scalar.value == 0x401
    }

    static func isLatinCapital(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value)
    }

    /// What a prefix looks like: Latin letters that have a Cyrillic double become it.
    static func appearance(_ prefix: String) -> String {
        String(prefix.unicodeScalars.map { lookalikes[$0] ?? Character($0) })
    }

    /// Latin capitals drawn the same as a Cyrillic capital.
    private static let lookalikes: [Unicode.Scalar: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
        "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    ]

    /// "Cyrillic" or "Latin", for messages about lookalikes.
    static func script(_ prefix: String) -> String {
        prefix.unicodeScalars.allSatisfy(isLatinCapital) ? "Latin" : "Cyrillic"
    }
}
