/// A document and the MIME type cupsd is told it has.
public struct PrintDocument: Sendable, Hashable {
    /// The bytes to print.
    public var bytes: [UInt8]
    /// The document format, `application/vnd.cups-raw` or `text/plain`.
    public var mimeType: String

    public init(bytes: [UInt8], mimeType: String) {
        self.bytes = bytes
        self.mimeType = mimeType
    }

    /// ESC/POS bytes, passed through by cupsd untouched (CUPS_FORMAT_RAW).
    public static func raw(_ bytes: [UInt8]) -> PrintDocument {
        PrintDocument(bytes: bytes, mimeType: "application/vnd.cups-raw")
    }

    /// UTF-8 text that cupsd lays out on a page (CUPS_FORMAT_TEXT).
    public static func text(_ text: String) -> PrintDocument {
        PrintDocument(bytes: Array(text.utf8), mimeType: "text/plain")
    }
}
