/// A black-and-white picture as ESC/POS prints it with `GS v 0` (raster bit image).
///
/// Rows run top to bottom, each packed into whole bytes with the most significant bit as
/// the leftmost dot and 1 for black, as the printer reads them; a width that is not a
/// multiple of 8 is padded with white on the right. The printer draws the picture at the
/// left margin, one dot per bit, and feeds the paper past it.
public struct EscPosRaster: Sendable, Hashable {
    /// Width in dots.
    public let width: Int
    /// Height in dots (rows).
    public let height: Int
    /// Bytes in each row: `width` rounded up to whole bytes, over 8.
    public let bytesPerRow: Int
    /// The rows, `bytesPerRow` bytes each, as sent after the header.
    public let data: [UInt8]

    /// Draws a `width` × `height` picture, asking `isBlack` for every dot.
    ///
    /// - Precondition: `width` and `height` are 1…65535 dots, so that the header's
    ///   two-byte fields can hold them.
    public init(width: Int, height: Int, isBlack: (_ x: Int, _ y: Int) -> Bool) {
        precondition((1...0xFFFF).contains(width) && (1...0xFFFF).contains(height),
                     "a raster bit image is 1…65535 dots each way")
        self.width = width
        self.height = height
        bytesPerRow = (width + 7) / 8
        var data = [UInt8](repeating: 0, count: bytesPerRow * height)
        for y in 0..<height {
            for x in 0..<width where isBlack(x, y) {
                data[y * bytesPerRow + x / 8] |= 0x80 >> UInt8(x % 8)
            }
        }
        self.data = data
    }

    /// Whether the dot at column `x`, row `y` is black; `(0, 0)` is the top-left corner.
    public subscript(x: Int, y: Int) -> Bool {
        data[y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0
    }

    /// `GS v 0 m xL xH yL yH d1…dk` at normal density (`m` = 0): the bytes that print it.
    public var command: [UInt8] {
        [0x1D, 0x76, 0x30, 0x00,
         UInt8(bytesPerRow & 0xFF), UInt8(bytesPerRow >> 8),
         UInt8(height & 0xFF), UInt8(height >> 8)] + data
    }
}
