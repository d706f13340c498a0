/// Why a QR code could not be drawn as a raster image for a printer without its own QR
/// support; ``EscPosRenderer`` then prints the content as text.
///
/// A struct around a code, so codes can be added without breaking callers; match on
/// ``code``.
public struct RasterQRError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// The content has more bytes than the largest QR code holds.
        case tooLong = "too_long"
        /// The symbol with its quiet zone is wider than the printer's line even at the
        /// smallest module size.
        case tooWide = "too_wide"
    }

    /// What went wrong; match on this.
    public let code: Code
    /// What happened and what to do.
    public let message: String

    public var description: String { message }

    static func tooLong(_ reason: String) -> RasterQRError {
        RasterQRError(code: .tooLong, message: "the QR content cannot be encoded: \(reason)")
    }

    static func tooWide(modules: Int, moduleDots: Int, dotsPerLine: Int) -> RasterQRError {
        RasterQRError(code: .tooWide,
                      message: "a QR code \(modules) modules wide (quiet zone included) needs \(modules * moduleDots) dots at \(moduleDots) dots a module but the line has \(dotsPerLine); shorten the ticket's public address or use a wider printer")
    }
}
