/// Arithmetic in GF(256) as QR codes use it: bytes are polynomials over GF(2) modulo
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D), with α = 2 generating every non-zero element.
enum GaloisField {
    private static let primitive = 0x11D

    /// αⁱ for i in 0..<510, doubled so a product of two logarithms needs no modulo.
    private static let powers: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            table[i + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= primitive }
        }
        return table
    }()

    /// log_α of each non-zero byte; entry 0 is unused.
    private static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(powers[i])] = i }
        return table
    }()

    /// αⁱ.
    static func power(_ i: Int) -> UInt8 { powers[i % 255] }

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return powers[logarithms[Int(a)] + logarithms[Int(b)]]
    }
}
