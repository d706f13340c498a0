/// Renders a ticket as UTF-8 plain text for an ordinary CUPS queue, which lays the
/// text out on a page itself (`text/plain` through cups-filters).
public struct PlainTextRenderer: Sendable {
    /// Characters per line.
    public var width: Int

    public init(width: Int = 40) {
        self.width = width
    }

    /// The ticket as text lines joined by newlines, ending with one.
    public func render(_ document: TicketDocument) -> String {
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case .text(let text, let style):
                for line in LineWrapping.wrap(text, width: width) {
                    lines.append(style.alignment == .center ? LineWrapping.centered(line, width: width) : line)
                }
            case .number(let label):
                let spaced = label.map(String.init).joined(separator: " ")
                let frame = String(repeating: "=", count: spaced.count + 8)
                lines.append(LineWrapping.centered(frame, width: width))
                lines.append(LineWrapping.centered("||  \(spaced)  ||", width: width))
                lines.append(LineWrapping.centered(frame, width: width))
            case .qr(let content):
                lines.append(contentsOf: LineWrapping.wrap(content, width: width)
                    .map { LineWrapping.centered($0, width: width) })
            case .rule:
                lines.append(String(repeating: "-", count: width))
            case .feed(let n):
                lines.append(contentsOf: Array(repeating: "", count: n))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
