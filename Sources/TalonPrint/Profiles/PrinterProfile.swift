/// What a thermal printer model can do, as ESC/POS needs to know it: paper width, line
/// length, the vendor's numbers for the Cyrillic code pages, QR support, the cut command.
///
/// Profiles live in `hardware/printers/*.yaml`; ``PrinterProfile/builtIn`` holds the same
/// ones for a machine without that folder.
public struct PrinterProfile: Sendable, Hashable, Identifiable {
    /// The profile's name, its file name without `.yaml` (`epson-tm-t20iii`).
    public var id: String
    /// Vendor and model, for people (`Epson TM-T20III`).
    public var displayName: String
    /// Roll width: 58 or 80 mm.
    public var paperWidthMillimetres: Int
    /// Printable dots per line in font A (576 on 80 mm, 384 on 58 mm at 203 dpi).
    public var dotsPerLine: Int
    /// Font A characters per line (48 on 80 mm, 32 on 58 mm).
    public var charactersPerLine: Int
    /// The largest `GS !` magnification the printer accepts (1–8).
    public var maxCharacterScale: Int
    /// The code page tickets are printed in.
    public var codePage: CyrillicCodePage
    /// `ESC t n` values for the Cyrillic pages this model has; they differ by vendor.
    public var codePageNumbers: [CyrillicCodePage: UInt8]
    /// Whether the printer draws QR codes itself (`GS ( k`). Without it, Talon draws the
    /// symbol and sends it as a raster image (``EscPosRaster/qr(_:for:)``).
    public var nativeQR: Bool
    /// QR module size in dots (1–16); a raster QR uses fewer when the symbol would not
    /// fit the line.
    public var qrModuleSize: Int
    /// Bytes that cut the paper; empty for a printer without a cutter (tear-off).
    public var cut: [UInt8]
    /// Lines fed before cutting, so the last line clears the cutter.
    public var feedBeforeCut: Int

    public init(id: String, displayName: String, paperWidthMillimetres: Int, dotsPerLine: Int,
                charactersPerLine: Int, maxCharacterScale: Int, codePage: CyrillicCodePage,
                codePageNumbers: [CyrillicCodePage: UInt8], nativeQR: Bool, qrModuleSize: Int,
                cut: [UInt8], feedBeforeCut: Int) {
        self.id = id
        self.displayName = displayName
        self.paperWidthMillimetres = paperWidthMillimetres
        self.dotsPerLine = dotsPerLine
        self.charactersPerLine = charactersPerLine
        self.maxCharacterScale = maxCharacterScale
        self.codePage = codePage
        self.codePageNumbers = codePageNumbers
        self.nativeQR = nativeQR
        self.qrModuleSize = qrModuleSize
        self.cut = cut
        self.feedBeforeCut = feedBeforeCut
    }

    /// The `ESC t` number of ``codePage`` on this model.
    public var codePageNumber: UInt8 { codePageNumbers[codePage] ?? 0 }
}
