extension QRCode {
    /// Encodes `text` as UTF-8 in byte mode, in the smallest version (1–40) that holds it
    /// at `correction`, with the data mask of the lowest penalty.
    ///
    /// No ECI header is written: readers take valid UTF-8 as UTF-8, and some older ones
    /// show an ECI header as stray characters.
    ///
    /// - Throws: ``QRError/Code/tooLong`` when the text has more bytes than version 40
    ///   holds at `correction` (2953 at ``QRCorrection/low``, 1273 at ``QRCorrection/high``).
    public static func encode(_ text: String, correction: QRCorrection = .medium) throws(QRError) -> QRCode {
        try encode(bytes: Array(text.utf8), correction: correction)
    }

    /// Encodes raw `bytes` in byte mode; see ``encode(_:correction:)``.
    public static func encode(bytes: [UInt8], correction: QRCorrection = .medium) throws(QRError) -> QRCode {
        try encode(bytes: bytes, correction: correction, mask: nil)
    }

    /// Encodes with `mask`, or with the mask of the lowest penalty when it is `nil`.
    static func encode(bytes: [UInt8], correction: QRCorrection, mask: Mask?) throws(QRError) -> QRCode {
        guard let version = Version.all.first(where: { ByteSegment.capacity(of: $0, correction) >= bytes.count }) else {
            throw .tooLong(byteCount: bytes.count, limit: ByteSegment.capacity(of: .largest, correction),
                           correction: correction)
        }
        let layout = BlockLayout(version: version, correction: correction)
        let data = ByteSegment.dataCodewords(bytes, version: version, count: layout.dataCodewords)
        var grid = ModuleGrid(version: version)
        grid.place(layout.interleave(data))

        // Each candidate is scored with its format information drawn in.
        let best = (mask.map { [$0] } ?? Mask.allCases)
            .map { mask in
                let masked = grid.masked(by: mask, correction: correction)
                return (mask: mask, grid: masked, penalty: Penalty.score(masked))
            }
            .min { $0.penalty < $1.penalty }!
        return QRCode(version: version, correction: correction, mask: best.mask.rawValue, modules: best.grid.dark)
    }
}
