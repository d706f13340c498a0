/// Why a text could not become a QR code, with a message that says what to do.
///
/// A struct around a code, so codes can be added without breaking callers; match on
/// ``code``.
public struct QRError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// The text's UTF-8 bytes do not fit in the largest symbol (version 40) at the
        /// requested correction level.
        case tooLong = "too_long"
    }

    /// What went wrong; match on this.
    public let code: Code
    /// What happened and what to do.
    public let message: String
    /// How many bytes the text has in UTF-8.
    public let byteCount: Int
    /// The most bytes a symbol can hold at the requested level.
    public let limit: Int

    public var description: String { message }

    static func tooLong(byteCount: Int, limit: Int, correction: QRCorrection) -> QRError {
        QRError(code: .tooLong,
                message: "text is \(byteCount) bytes in UTF-8 but a QR code at correction level \(correction) holds at most \(limit) (version \(Version.largest.number)); shorten the text or use a lower correction level",
                byteCount: byteCount, limit: limit)
    }
}
