extension ModuleGrid {
    /// Lays `codewords` into the non-function modules, most significant bit first, in
    /// two-column strips from the bottom-right corner, up then down, skipping the
    /// vertical timing column. Modules left after the last codeword stay light.
    mutating func place(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var index = 0
        var upward = true
        var right = size - 1
        while right > 0 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in stride(from: right, through: right - 1, by: -1)
                where index < bitCount && !isReserved(x: x, y: y) {
                    self[x, y] = (codewords[index / 8] >> (7 - UInt8(index % 8))) & 1 == 1
                    index += 1
                }
            }
            upward.toggle()
            right -= 2
        }
        precondition(index == bitCount, "\(bitCount - index) bits did not fit in version \(version.number)")
    }

    /// A copy with `mask` applied to the data modules and the format information for
    /// `correction` and `mask` drawn.
    func masked(by mask: Mask, correction: QRCorrection) -> ModuleGrid {
        var copy = self
        for y in 0..<size {
            for x in 0..<size where !isReserved(x: x, y: y) && mask.inverts(x: x, y: y) {
                copy[x, y].toggle()
            }
        }
        copy.drawFormatInformation(InformationBits.format(correction: correction, mask: mask))
        return copy
    }
}
