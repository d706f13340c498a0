/// Reed–Solomon error-correction codewords over ``GaloisField``.
enum ReedSolomon {
    /// The coefficients of (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first,
    /// without the leading 1.
    static func generator(degree: Int) -> [UInt8] {
        var polynomial: [UInt8] = [1]
        for i in 0..<degree {
            // Multiply by (x + αⁱ); subtraction is addition in GF(2⁸).
            let root = GaloisField.power(i)
            var next = polynomial + [0]
            for (j, coefficient) in polynomial.enumerated() {
                next[j + 1] ^= GaloisField.multiply(coefficient, root)
            }
            polynomial = next
        }
        return Array(polynomial.dropFirst())
    }

    /// The remainder of data(x)·x^degree divided by the generator: the error-correction
    /// codewords that follow `data`.
    static func remainder(of data: some Collection<UInt8>, generator: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        guard !remainder.isEmpty else { return [] }
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for i in remainder.indices {
                remainder[i] ^= GaloisField.multiply(generator[i], factor)
            }
        }
        return remainder
    }
}
