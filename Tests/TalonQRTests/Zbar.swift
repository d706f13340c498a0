import TalonQR
import TalonTestSupport

extension Zbar {
    /// What zbarimg reads from `code` drawn with a four-module quiet zone.
    static func decode(_ code: QRCode) throws -> String {
        try decode(Bitmap(code))
    }

    /// What zbarimg reads from `bitmap` at `scale` pixels per module; throws when it
    /// finds no symbol.
    static func decode(_ bitmap: Bitmap, scale: Int = 4) throws -> String {
        let width = bitmap.side * scale
        return try decode(pbmWidth: width, height: width, rows: bitmap.pbmRows(scale: scale))
    }
}
