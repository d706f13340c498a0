extension ModuleGrid {
    /// Finder patterns with their separators, timing lines, alignment patterns, the dark
    /// module, and version information; the format areas are reserved, drawn per mask.
    mutating func drawFunctionPatterns() {
        // Timing first: the finders and alignment patterns overwrite its ends.
        for i in 0..<size {
            setFunction(x: 6, y: i, dark: i % 2 == 0)
            setFunction(x: i, y: 6, dark: i % 2 == 0)
        }
        drawFinder(centerX: 3, centerY: 3)
        drawFinder(centerX: size - 4, centerY: 3)
        drawFinder(centerX: 3, centerY: size - 4)

        let centers = version.alignmentCenters
        for cy in centers {
            for cx in centers {
                // The three corners taken by finders get none.
                let nearFinder = (cx == 6 && cy == 6) || (cx == 6 && cy == size - 7) || (cx == size - 7 && cy == 6)
                if !nearFinder { drawAlignment(centerX: cx, centerY: cy) }
            }
        }
        drawFormatInformation(0)   // reserves the areas; the real bits come with the mask
        if version.hasVersionInformation { drawVersionInformation() }
    }

    /// A 7×7 finder with a light ring (separator) around it, clipped to the symbol.
    private mutating func drawFinder(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx, y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                // Chebyshev distance from the centre: dark at 0, 1, 3; light at 2 and 4.
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// A 5×5 alignment pattern: dark centre, light ring, dark ring.
    private mutating func drawAlignment(centerX: Int, centerY: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(x: centerX + dx, y: centerY + dy, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// Both copies of the 15 format bits (bit 0 least significant), plus the dark module.
    mutating func drawFormatInformation(_ bits: Int) {
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        // Around the top-left finder: down column 8, skipping the timing row, then left along row 8.
        for i in 0..<6 { setFunction(x: 8, y: i, dark: bit(i)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for i in 9..<15 { setFunction(x: 14 - i, y: 8, dark: bit(i)) }
        // Split between the other two finders: row 8 at the right, column 8 at the bottom.
        for i in 0..<8 { setFunction(x: size - 1 - i, y: 8, dark: bit(i)) }
        for i in 8..<15 { setFunction(x: 8, y: size - 15 + i, dark: bit(i)) }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// Both 6×3 copies of the 18 version bits: above the bottom-left finder and left of
    /// the top-right one, mirrored across the diagonal.
    private mutating func drawVersionInformation() {
        let bits = InformationBits.version(version.number)
        for i in 0..<18 {
            let isDark = (bits >> i) & 1 == 1
            let long = size - 11 + i % 3, short = i / 3
            setFunction(x: long, y: short, dark: isDark)
            setFunction(x: short, y: long, dark: isDark)
        }
    }
}
