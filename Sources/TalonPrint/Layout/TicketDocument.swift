/// A ticket laid out but not yet rendered: a list of blocks every renderer understands.
///
/// The layout decides what goes on the ticket and in which order; each renderer
/// decides how a block looks on its medium (ESC/POS bytes, plain text, a preview).
public struct TicketDocument: Sendable, Hashable {
    /// The blocks from top to bottom.
    public var blocks: [TicketBlock]
    /// The ticket's printed number, for renderers that show it apart.
    public var label: String

    public init(blocks: [TicketBlock], label: String) {
        self.blocks = blocks
        self.label = label
    }
}

/// One block of a ticket.
public enum TicketBlock: Sendable, Hashable {
    /// A paragraph, wrapped to the line width.
    case text(String, TextStyle)
    /// The ticket number, printed as large as the printer allows.
    case number(String)
    /// A QR code with this content.
    case qr(String)
    /// A horizontal line across the ticket.
    case rule
    /// Empty lines.
    case feed(Int)
}

/// How a paragraph is printed.
public struct TextStyle: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, center }
    public var alignment: Alignment
    public var bold: Bool
    /// Character magnification, 1 (normal) or 2 (double width and height).
    public var scale: Int

    public init(alignment: Alignment = .left, bold: Bool = false, scale: Int = 1) {
        self.alignment = alignment
        self.bold = bold
        self.scale = scale
    }

    public static let body = TextStyle()
    public static let centered = TextStyle(alignment: .center)
    public static let heading = TextStyle(alignment: .center, bold: true)
    public static let emphasis = TextStyle(alignment: .center, bold: true, scale: 2)
}
