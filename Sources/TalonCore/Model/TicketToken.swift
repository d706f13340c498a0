import Foundation

/// The unguessable token of a ticket's live status page, `/t/<token>`.
///
/// 128 random bits in base64url (22 characters): it names the ticket without saying
/// anything about the visitor, and cannot be guessed from a neighbour's ticket. The
/// engine draws one for every ticket it issues; the event carries it, so a replay gives
/// the same tokens.
public enum TicketToken {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// A fresh random token.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bits = (generator.next() as UInt64, generator.next() as UInt64)
        var out = ""
        out.reserveCapacity(22)
        // 128 bits → 22 base64 digits (the last one carries 2 bits).
        for i in 0..<22 {
            let offset = i * 6
            var value: UInt64
            if offset + 6 <= 64 {
                value = bits.0 >> UInt64(offset)
            } else if offset >= 64 {
                value = bits.1 >> UInt64(offset - 64)
            } else {
                value = (bits.0 >> UInt64(offset)) | (bits.1 << UInt64(64 - offset))
            }
            out.append(alphabet[Int(value & 63)])
        }
        return out
    }

    /// The live page of `token` under the center's public address: `<base>/t/<token>`;
    /// `nil` without a base (nothing to print or show as a QR code).
    public static func pageURL(base: String?, token: String) -> String? {
        guard var base = base?.trimmingCharacters(in: .whitespacesAndNewlines), !base.isEmpty else { return nil }
        while base.hasSuffix("/") { base.removeLast() }
        // A drawn token needs no escaping; anything else handed in is escaped, not trusted.
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return "\(base)/t/\(token.addingPercentEncoding(withAllowedCharacters: allowed) ?? token)"
    }

    /// Whether `text` could be a token (the right length and alphabet), checked before
    /// any lookup so junk in a URL never reaches the state.
    public static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 22 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
