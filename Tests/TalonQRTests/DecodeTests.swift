import Testing
import TalonTestSupport
@testable import TalonQR

/// Every symbol is read back by zbarimg, an independent decoder.
@Suite("QR codes read back with zbarimg")
struct DecodeTests {
    @Test("Short ASCII")
    func shortASCII() throws {
        let code = try QRCode.encode("Talon")
        #expect(code.version == 1)
        #expect(try Zbar.decode(code) == "Talon")
    }

    @Test("A ticket's status-page URL")
    func ticketURL() throws {
        let url = "http://127.0.0.1:8080/t/Xk3v9QwZ2mLp7RtY4bN8cA"
        let code = try QRCode.encode(url)
        #expect(code.size == code.version * 4 + 17)
        #expect(try Zbar.decode(code) == url)
    }

    @Test("Cyrillic as UTF-8")
    func cyrillic() throws {
        let text = "Талон П042"
        let code = try QRCode.encode(text)
        #expect(try Zbar.decode(code) == text)
    }

    @Test("A text long enough for version information (version ≥ 7)")
    func versionInformation() throws {
        let text = String(repeating: "Окно 12 — талон П042; ", count: 6)
        let code = try QRCode.encode(text, correction: .quartile)
        #expect(code.version >= 7)
        #expect(try Zbar.decode(code) == text)
    }

    @Test("Every correction level", arguments: QRCorrection.allCases)
    func correctionLevel(_ correction: QRCorrection) throws {
        let url = "http://127.0.0.1:8080/t/Xk3v9QwZ2mLp7RtY4bN8cA"
        let code = try QRCode.encode(url, correction: correction)
        #expect(code.correction == correction)
        #expect(try Zbar.decode(code) == url)
    }

    @Test("Every version at every level, filled to capacity", arguments: 1...40)
    func fullVersion(_ version: Int) throws {
        for correction in QRCorrection.allCases {
            let capacity = try #require(Capacity.bytes[correction]?[version - 1])
            let text = Capacity.filler(count: capacity, seed: version)
            let code = try QRCode.encode(text, correction: correction)
            #expect(code.version == version, "\(capacity) bytes at \(correction)")
            #expect(try Zbar.decode(code) == text, "version \(version)-\(correction)")
        }
    }

    @Test("The reader is a real check: a symbol with a third of its data wiped does not read")
    func damagedSymbolFails() throws {
        let url = "http://127.0.0.1:8080/t/Xk3v9QwZ2mLp7RtY4bN8cA"
        var bitmap = Bitmap(try QRCode.encode(url, correction: .low))
        // Clear the right third below the top-right finder: far beyond the 7 % level L recovers.
        let quiet = 4, size = bitmap.side - 2 * quiet
        for y in quiet + 9..<quiet + size {
            for x in quiet + size * 2 / 3..<quiet + size { bitmap[x, y] = false }
        }
        #expect(throws: (any Error).self) { try Zbar.decode(bitmap) }
    }

    @Test("Every data mask reads", arguments: Mask.allCases)
    func everyMask(_ mask: Mask) throws {
        let url = "http://127.0.0.1:8080/t/Xk3v9QwZ2mLp7RtY4bN8cA"
        let code = try QRCode.encode(bytes: Array(url.utf8), correction: .medium, mask: mask)
        #expect(code.mask == mask.rawValue)
        #expect(try Zbar.decode(code) == url)
    }
}
