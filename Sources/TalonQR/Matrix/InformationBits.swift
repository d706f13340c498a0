/// Format and version information words, each protected by a BCH code.
enum InformationBits {
    /// The (15, 5) BCH generator x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1.
    private static let formatGenerator = 0x537
    /// XORed into the format word so it is never all light.
    private static let formatMask = 0x5412
    /// The (18, 6) BCH generator x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
    private static let versionGenerator = 0x1F25

    /// The 15 format bits: level and mask, 10 BCH bits, masked.
    static func format(correction: QRCorrection, mask: Mask) -> Int {
        let data = correction.formatBits << 3 | mask.rawValue
        return (data << 10 | remainder(data << 10, generator: formatGenerator)) ^ formatMask
    }

    /// The 18 version bits: the version number and 12 BCH bits.
    static func version(_ number: Int) -> Int {
        number << 12 | remainder(number << 12, generator: versionGenerator)
    }

    /// Polynomial division over GF(2): what is left of `value` after cancelling its high
    /// bits with shifted copies of `generator`.
    private static func remainder(_ value: Int, generator: Int) -> Int {
        let degree = Int.bitWidth - generator.leadingZeroBitCount - 1
        var rest = value
        while rest != 0, Int.bitWidth - rest.leadingZeroBitCount - 1 >= degree {
            rest ^= generator << (Int.bitWidth - rest.leadingZeroBitCount - 1 - degree)
        }
        return rest
    }
}
