/// Renders a ticket as ESC/POS bytes for one printer profile.
///
/// Text is encoded in the profile's Cyrillic code page by ``CyrillicCodePage`` (selected
/// with the vendor's `ESC t` number); the number is printed at the largest magnification
/// that fits a line; the QR code is the printer's own (`GS ( k`) where it has one, and a
/// raster image drawn by Talon (``EscPosRaster/qr(_:for:)``, `GS v 0`) where it has not.
/// Only when that cannot be drawn (content too long for a QR code, or a symbol wider
/// than the line even at the smallest module size) is the status address printed as text.
public struct EscPosRenderer: Sendable {
    /// The printer the bytes are for.
    public var profile: PrinterProfile

    public init(profile: PrinterProfile) {
        self.profile = profile
    }

    /// The ESC/POS bytes of `document`, from initialisation to the cut.
    public func render(_ document: TicketDocument) -> [UInt8] {
        let page = profile.codePage
        let width = profile.charactersPerLine
        var out = EscPos.initialize + EscPos.codePage(profile.codePageNumber)
        for block in document.blocks {
            switch block {
            case .text(let text, let style):
                let scale = min(style.scale, profile.maxCharacterScale)
                out += EscPos.align(style.alignment)
                if style.bold { out += EscPos.bold(true) }
                if scale > 1 { out += EscPos.characterSize(width: scale, height: scale) }
                for line in LineWrapping.wrap(text, width: width / scale) {
                    out += page.encode(line) + EscPos.lineFeed
                }
                if scale > 1 { out += EscPos.characterSize(width: 1, height: 1) }
                if style.bold { out += EscPos.bold(false) }
                if style.alignment != .left { out += EscPos.align(.left) }
            case .number(let label):
                let scale = numberScale(for: label)
                out += EscPos.align(.center) + EscPos.bold(true)
                out += EscPos.characterSize(width: scale, height: scale)
                out += page.encode(label) + EscPos.lineFeed
                out += EscPos.characterSize(width: 1, height: 1) + EscPos.bold(false) + EscPos.align(.left)
            case .qr(let content):
                if profile.nativeQR {
                    out += EscPos.align(.center)
                    out += EscPos.qr(Array(content.utf8), moduleSize: profile.qrModuleSize)
                    out += EscPos.lineFeed + EscPos.align(.left)
                } else if let raster = try? EscPosRaster.qr(content, for: profile) {
                    out += raster.command
                } else {
                    for line in LineWrapping.wrap(content, width: width) {
                        out += page.encode(line) + EscPos.lineFeed
                    }
                }
            case .rule:
                out += Array(repeating: UInt8(ascii: "-"), count: width) + EscPos.lineFeed
            case .feed(let lines):
                out += EscPos.feed(lines: lines)
            }
        }
        out += EscPos.feed(lines: profile.feedBeforeCut)
        out += profile.cut
        return out
    }

    /// Whether the ticket shows `content` as a QR code: the printer's own, or a raster
    /// one that fits the line; otherwise it is printed as text.
    public func drawsQR(_ content: String) -> Bool {
        profile.nativeQR || (try? EscPosRaster.qr(content, for: profile)) != nil
    }

    /// The largest magnification at which `label` still fits one line.
    public func numberScale(for label: String) -> Int {
        let fit = profile.charactersPerLine / max(label.count, 1)
        return max(1, min(profile.maxCharacterScale, fit))
    }
}
