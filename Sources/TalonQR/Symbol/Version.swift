/// A symbol version, 1–40: its size, alignment patterns and raw capacity.
struct Version: Sendable, Hashable {
    let number: Int

    static let smallest = Version(number: 1)
    static let largest = Version(number: 40)
    static let all = (smallest.number...largest.number).map(Version.init(number:))

    /// Modules along a side: 21 for version 1, four more for each version after.
    var size: Int { 17 + 4 * number }

    /// Whether the symbol carries version information (two 6×3 blocks), from version 7.
    var hasVersionInformation: Bool { number >= 7 }

    /// The row and column coordinates of alignment-pattern centres (ISO/IEC 18004 Annex E).
    ///
    /// They run from 6 to `size - 7` with one even step between the inner ones, the first
    /// gap taking up the slack. The standard's step comes from this formula except at
    /// version 32, whose step is 26 rather than 28.
    var alignmentCenters: [Int] {
        guard number >= 2 else { return [] }
        let count = number / 7 + 2
        let step = number == 32 ? 26 : (number * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        let last = size - 7
        return [6] + (0..<count - 1).reversed().map { last - $0 * step }
    }

    /// Modules left for codewords once every function pattern and the format and version
    /// information are in place.
    var dataModuleCount: Int {
        let aligns = alignmentCenters.count
        let finders = 3 * 8 * 8                           // with their separators
        let format = 2 * 15 + 1                           // two copies and the dark module
        let timing = 2 * (size - 16)
        // Patterns overlapping the finders are left out; those on the timing lines share 5 modules.
        let alignment = aligns == 0 ? 0 : 25 * (aligns * aligns - 3) - 2 * 5 * (aligns - 2)
        let versionInfo = hasVersionInformation ? 2 * 18 : 0
        return size * size - finders - format - timing - alignment - versionInfo
    }

    /// Whole 8-bit codewords the symbol holds, data and error correction together; the
    /// 0–7 remainder bits stay light.
    var codewordCount: Int { dataModuleCount / 8 }
}
