extension PrinterProfile {
    /// The profiles of `hardware/printers/`, compiled in so that a machine without that
    /// folder can still print; a test keeps the two in step.
    public static let builtIn: [PrinterProfile] = [epsonTMT20III, starTSP143IV, rongtaRP326, pos5890]

    /// Epson TM-T20III, 80 mm.
    public static let epsonTMT20III = PrinterProfile(
        id: "epson-tm-t20iii", displayName: "Epson TM-T20III", paperWidthMillimetres: 80,
        dotsPerLine: 576, charactersPerLine: 48, maxCharacterScale: 8, codePage: .cp866,
        codePageNumbers: [.cp866: 17, .wpc1251: 46], nativeQR: true, qrModuleSize: 6,
        cut: [0x1D, 0x56, 0x42, 0x00], feedBeforeCut: 2)

    /// Star TSP143IV in ESC/POS emulation, 80 mm.
    public static let starTSP143IV = PrinterProfile(
        id: "star-tsp143iv", displayName: "Star TSP143IV (ESC/POS mode)", paperWidthMillimetres: 80,
        dotsPerLine: 576, charactersPerLine: 48, maxCharacterScale: 6, codePage: .cp866,
        codePageNumbers: [.cp866: 10, .wpc1251: 34], nativeQR: true, qrModuleSize: 6,
        cut: [0x1D, 0x56, 0x42, 0x00], feedBeforeCut: 2)

    /// Rongta RP326, 80 mm.
    public static let rongtaRP326 = PrinterProfile(
        id: "rongta-rp326", displayName: "Rongta RP326", paperWidthMillimetres: 80,
        dotsPerLine: 576, charactersPerLine: 48, maxCharacterScale: 8, codePage: .cp866,
        codePageNumbers: [.cp866: 7, .wpc1251: 6], nativeQR: true, qrModuleSize: 6,
        cut: [0x1D, 0x56, 0x42, 0x00], feedBeforeCut: 2)

    /// POS-5890 clones, 58 mm, tear-off.
    public static let pos5890 = PrinterProfile(
        id: "pos-5890", displayName: "POS-5890 (58 mm clone)", paperWidthMillimetres: 58,
        dotsPerLine: 384, charactersPerLine: 32, maxCharacterScale: 8, codePage: .cp866,
        codePageNumbers: [.cp866: 17, .wpc1251: 73], nativeQR: false, qrModuleSize: 4,
        cut: [], feedBeforeCut: 4)
}
