/// The data of a symbol as one byte-mode segment: mode indicator, character count, the
/// bytes, then terminator and padding up to the version's data capacity.
enum ByteSegment {
    private static let modeIndicator = 0b0100
    /// Pad codewords, alternating, that fill the capacity after the data.
    private static let padCodewords: [UInt8] = [0xEC, 0x11]

    /// Width of the character-count field: 8 bits up to version 9, 16 from version 10.
    static func countBits(_ version: Version) -> Int { version.number <= 9 ? 8 : 16 }

    /// The most bytes one byte-mode segment can carry in `version` at `correction`.
    static func capacity(of version: Version, _ correction: QRCorrection) -> Int {
        let bits = BlockLayout(version: version, correction: correction).dataCodewords * 8
        return (bits - 4 - countBits(version)) / 8
    }

    /// Exactly `count` data codewords carrying `bytes`; the caller has checked they fit.
    static func dataCodewords(_ bytes: [UInt8], version: Version, count: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.append(modeIndicator, width: 4)
        writer.append(bytes.count, width: countBits(version))
        for byte in bytes { writer.append(Int(byte), width: 8) }
        let capacityBits = count * 8
        precondition(writer.count <= capacityBits)
        // Up to four zero bits of terminator, then zeros to the byte boundary.
        writer.append(0, width: min(4, capacityBits - writer.count))
        writer.append(0, width: (8 - writer.count % 8) % 8)
        var codewords = writer.bytes
        while codewords.count < count {
            codewords.append(padCodewords[(codewords.count - writer.bytes.count) % 2])
        }
        return codewords
    }
}
