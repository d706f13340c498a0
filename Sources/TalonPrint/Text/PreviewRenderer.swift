/// Renders a ticket as a framed text picture of the paper, for `talon print-test
/// --preview` and people without a printer.
///
/// It follows the profile's line width and says where the printer magnifies the number
/// or draws a QR code.
public struct PreviewRenderer: Sendable {
    /// The printer whose paper is pictured.
    public var profile: PrinterProfile

    public init(profile: PrinterProfile) {
        self.profile = profile
    }

    /// The picture, framed in box-drawing characters.
    public func render(_ document: TicketDocument) -> String {
        let width = profile.charactersPerLine
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case .text(let text, let style):
                let scale = min(style.scale, profile.maxCharacterScale)
                for line in LineWrapping.wrap(text, width: width / scale) {
                    let shown = scale > 1 ? line.map(String.init).joined(separator: " ") : line
                    lines.append(style.alignment == .center ? LineWrapping.centered(shown, width: width) : shown)
                }
            case .number(let label):
                let scale = EscPosRenderer(profile: profile).numberScale(for: label)
                let gap = String(repeating: " ", count: max(scale - 1, 0))
                let spaced = label.map(String.init).joined(separator: gap)
                lines.append("")
                lines.append(LineWrapping.centered(spaced, width: width))
                lines.append(LineWrapping.centered("(×\(scale))", width: width))
                lines.append("")
            case .qr(let content):
                let caption = EscPosRenderer(profile: profile).drawsQR(content) ? "[QR] " : ""
                for line in LineWrapping.wrap(caption + content, width: width) {
                    lines.append(LineWrapping.centered(line, width: width))
                }
            case .rule:
                lines.append(String(repeating: "─", count: width))
            case .feed(let n):
                lines.append(contentsOf: Array(repeating: "", count: n))
            }
        }
        if profile.cut.isEmpty { lines.append(String(repeating: "~", count: width)) }
        let top = "┌" + String(repeating: "─", count: width) + "┐"
        let bottom = (profile.cut.isEmpty ? "└" : "✂") + String(repeating: "─", count: width) + "┘"
        let body = lines.map { line -> String in
            let pad = max(0, width - line.count)
            return "│" + line + String(repeating: " ", count: pad) + "│"
        }
        return ([top] + body + [bottom]).joined(separator: "\n") + "\n"
    }
}
