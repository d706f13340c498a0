/// The penalty a masked symbol scores under the four rules of ISO/IEC 18004 §7.8.3;
/// the mask with the lowest penalty is the one used.
enum Penalty {
    /// Rule 1: a run of five or more same-coloured modules in a row or column scores
    /// 3, plus 1 for each module beyond five.
    static let runBase = 3
    /// Rule 2: each 2×2 block of one colour (overlapping blocks counted separately).
    static let blockScore = 3
    /// Rule 3: each dark-light-dark-dark-dark-light-dark (1:1:3:1:1) pattern preceded or
    /// followed by four light modules, which a reader could take for a finder; counted
    /// once even when light on both sides.
    static let finderLikeScore = 40
    /// Rule 4: for each full 5 % the share of dark modules is away from 50 %.
    static let balanceScore = 10

    static func score(_ grid: ModuleGrid) -> Int { score(grid.dark, size: grid.size) }

    /// The penalty of a `size`×`size` square of modules, row-major, `true` for dark.
    static func score(_ dark: [Bool], size: Int) -> Int {
        var total = 0
        for i in 0..<size {
            total += lineScore(dark, start: i * size, stride: 1, count: size)   // row i
            total += lineScore(dark, start: i, stride: size, count: size)       // column i
        }

        var darkCount = 0
        for y in 0..<size {
            for x in 0..<size {
                let index = y * size + x
                let colour = dark[index]
                if colour { darkCount += 1 }
                guard x + 1 < size, y + 1 < size else { continue }
                if dark[index + 1] == colour, dark[index + size] == colour, dark[index + size + 1] == colour {
                    total += blockScore
                }
            }
        }
        let modules = size * size
        total += balanceScore * (abs(darkCount * 20 - modules * 10) / modules)
        return total
    }

    /// Rules 1 and 3 along one row or column of `dark`; modules beyond its ends count as
    /// light, as the quiet zone is.
    static func lineScore(_ dark: [Bool], start: Int, stride: Int, count: Int) -> Int {
        var score = 0
        var runLength = 0
        var runColour = false
        // The last 15 modules seen, newest in bit 0: four before, the seven of a possible
        // finder-like pattern, four after. Starts with 4 modules of quiet zone.
        var window = 0
        var seen = 4
        func push(_ isDark: Bool) {
            window = (window << 1 | (isDark ? 1 : 0)) & 0x7FFF
            seen += 1
            guard seen >= 15, (window >> 4) & 0x7F == 0b101_1101 else { return }
            if window >> 11 == 0 || window & 0xF == 0 { score += finderLikeScore }
        }
        for i in 0..<count {
            let isDark = dark[start + i * stride]
            push(isDark)
            if i > 0, isDark == runColour {
                runLength += 1
            } else {
                if runLength >= 5 { score += runBase + runLength - 5 }
                runColour = isDark
                runLength = 1
            }
        }
        if runLength >= 5 { score += runBase + runLength - 5 }
        for _ in 0..<4 { push(false) }
        return score
    }
}
