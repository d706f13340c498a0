import Testing
import TalonQR

@Suite("Texts that do not fit")
struct ErrorTests {
    @Test("Too long for version 40 throws with the byte count and the limit",
          arguments: [(QRCorrection.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273)])
    func tooLong(_ correction: QRCorrection, limit: Int) throws {
        #expect(try QRCode.encode(String(repeating: "a", count: limit), correction: correction).version == 40)
        let error = #expect(throws: QRError.self) {
            try QRCode.encode(String(repeating: "a", count: limit + 1), correction: correction)
        }
        #expect(error?.code == .tooLong)
        #expect(error?.byteCount == limit + 1)
        #expect(error?.limit == limit)
        #expect(error?.message.contains("\(limit + 1) bytes") == true)
        #expect(error?.message.contains("at most \(limit)") == true)
    }

    @Test("The limit counts UTF-8 bytes, not characters")
    func countsBytes() {
        // 1000 Cyrillic letters are 2000 bytes, over the 1663 of level Q.
        let error = #expect(throws: QRError.self) {
            try QRCode.encode(String(repeating: "Ж", count: 1000), correction: .quartile)
        }
        #expect(error?.byteCount == 2000)
    }
}
