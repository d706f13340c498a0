import TalonQR

/// A black-and-white picture of a symbol, quiet zone included, one pixel per module.
struct Bitmap: Equatable, CustomStringConvertible {
    let side: Int
    /// Row-major, `true` for black.
    var pixels: [Bool]

    init(side: Int) {
        self.side = side
        pixels = Array(repeating: false, count: side * side)
    }

    /// `code` with `quietZone` light modules around it.
    init(_ code: QRCode, quietZone: Int = 4) {
        self.init(side: code.size + 2 * quietZone)
        for y in 0..<side {
            for x in 0..<side { self[x, y] = code[x - quietZone, y - quietZone] }
        }
    }

    subscript(x: Int, y: Int) -> Bool {
        get { pixels[y * side + x] }
        set { pixels[y * side + x] = newValue }
    }

    /// The rows of a binary PBM (P4) image with each module `scale` pixels square.
    func pbmRows(scale: Int) -> [UInt8] {
        let width = side * scale
        let rowBytes = (width + 7) / 8
        var rows = [UInt8](repeating: 0, count: rowBytes * width)
        for y in 0..<width {
            for x in 0..<width where self[x / scale, y / scale] {
                rows[y * rowBytes + x / 8] |= 0x80 >> UInt8(x % 8)
            }
        }
        return rows
    }

    /// Two characters per module, for failure messages.
    var description: String {
        (0..<side).map { y in (0..<side).map { self[$0, y] ? "██" : "  " }.joined() }.joined(separator: "\n")
    }
}
