/// How a version's codewords split into Reed–Solomon blocks at a correction level
/// (ISO/IEC 18004 Table 9), and how the blocks interleave into the symbol.
struct BlockLayout: Sendable, Hashable {
    let blockCount: Int
    let correctionPerBlock: Int
    let totalCodewords: Int

    init(version: Version, correction: QRCorrection) {
        let index = version.number - 1
        blockCount = Self.blocks[correction]![index]
        correctionPerBlock = Self.correctionCodewords[correction]![index]
        totalCodewords = version.codewordCount
    }

    /// Codewords left for data once every block has its error-correction codewords.
    var dataCodewords: Int { totalCodewords - blockCount * correctionPerBlock }

    /// Splits `data` into blocks (the later blocks one codeword longer when it does not
    /// divide evenly), appends each block's error correction, and interleaves: first data
    /// codeword of every block, then the second, …, then the same for the correction.
    func interleave(_ data: [UInt8]) -> [UInt8] {
        precondition(data.count == dataCodewords)
        let shortLength = dataCodewords / blockCount
        let longBlocks = dataCodewords % blockCount
        let generator = ReedSolomon.generator(degree: correctionPerBlock)
        var blocks: [ArraySlice<UInt8>] = []
        var start = 0
        for block in 0..<blockCount {
            let length = shortLength + (block >= blockCount - longBlocks ? 1 : 0)
            blocks.append(data[start..<start + length])
            start += length
        }
        var result: [UInt8] = []
        result.reserveCapacity(totalCodewords)
        for column in 0...shortLength {
            for block in blocks where column < block.count {
                result.append(block[block.startIndex + column])
            }
        }
        let corrections = blocks.map { ReedSolomon.remainder(of: $0, generator: generator) }
        for column in 0..<correctionPerBlock {
            for correction in corrections { result.append(correction[column]) }
        }
        return result
    }

    /// Error-correction codewords per block, by level, for versions 1–40.
    private static let correctionCodewords: [QRCorrection: [Int]] = [
        .low: [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
               28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        .medium: [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                  26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        .quartile: [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
                    28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        .high: [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
                30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    /// Reed–Solomon blocks, by level, for versions 1–40.
    private static let blocks: [QRCorrection: [Int]] = [
        .low: [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
               8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        .medium: [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
                  17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        .quartile: [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
                    23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        .high: [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
                25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]
}
