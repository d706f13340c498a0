/// How much of a QR code may be damaged or hidden and still read: about 7 % (``low``),
/// 15 % (``medium``), 25 % (``quartile``) or 30 % (``high``) of its codewords.
///
/// Higher levels make the symbol larger for the same text. ``medium`` suits a screen;
/// printed tickets that get folded or smudged may want ``quartile``.
public enum QRCorrection: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Level L: recovers about 7 % of the codewords.
    case low
    /// Level M: recovers about 15 % of the codewords.
    case medium
    /// Level Q: recovers about 25 % of the codewords.
    case quartile
    /// Level H: recovers about 30 % of the codewords.
    case high

    /// The letter ISO/IEC 18004 uses for the level: L, M, Q or H.
    public var description: String {
        switch self {
        case .low: "L"
        case .medium: "M"
        case .quartile: "Q"
        case .high: "H"
        }
    }

    /// The two bits the format information carries for the level (not in L-M-Q-H order).
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }
}
