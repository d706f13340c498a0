/// A `GS v 0` raster bit image read back from ESC/POS bytes as a printer would read it,
/// without EscPosRaster: the header's fields, then rows MSB-first, 1 for black.
struct PrintedRaster {
    /// `m`: 0 (or 48) is normal density, one dot per bit.
    let mode: UInt8
    let bytesPerRow: Int
    let height: Int
    let rows: [UInt8]
    /// Where the command stands in the byte stream, header to last row.
    let range: Range<Int>

    var width: Int { bytesPerRow * 8 }

    subscript(x: Int, y: Int) -> Bool {
        rows[y * bytesPerRow + x / 8] & (0x80 >> UInt8(x % 8)) != 0
    }

    /// Every raster image in `bytes`, in order; `nil` if one is cut short.
    static func all(in bytes: [UInt8]) -> [PrintedRaster]? {
        var found: [PrintedRaster] = []
        var index = 0
        while index + 8 <= bytes.count {
            guard bytes[index] == 0x1D, bytes[index + 1] == 0x76, bytes[index + 2] == 0x30 else {
                index += 1
                continue
            }
            let bytesPerRow = Int(bytes[index + 4]) | Int(bytes[index + 5]) << 8
            let height = Int(bytes[index + 6]) | Int(bytes[index + 7]) << 8
            let start = index + 8, end = start + bytesPerRow * height
            guard end <= bytes.count else { return nil }
            found.append(PrintedRaster(mode: bytes[index + 3], bytesPerRow: bytesPerRow, height: height,
                                       rows: Array(bytes[start..<end]), range: index..<end))
            index = end
        }
        return found
    }
}
