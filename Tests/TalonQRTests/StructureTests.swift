import Testing
@testable import TalonQR

/// The building blocks against values printed in ISO/IEC 18004 and its worked examples.
@Suite("QR structure")
struct StructureTests {
    @Test("Reed–Solomon codewords of the 1-M \"HELLO WORLD\" example")
    func reedSolomon() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let correction = ReedSolomon.remainder(of: data, generator: ReedSolomon.generator(degree: 10))
        #expect(correction == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test("Format information words (Annex C)")
    func formatBits() {
        #expect(InformationBits.format(correction: .medium, mask: .checkerboard) == 0b101010000010010)
        #expect(InformationBits.format(correction: .low, mask: .checkerboard) == 0b111011111000100)
        #expect(InformationBits.format(correction: .high, mask: .mixedParity) == 0b000100000111011)
    }

    @Test("Version information words (Annex D)")
    func versionBits() {
        #expect(InformationBits.version(7) == 0x07C94)
        #expect(InformationBits.version(21) == 0x15683)
        #expect(InformationBits.version(40) == 0x28C69)
    }

    @Test("Alignment-pattern centres (Annex E)")
    func alignmentCenters() {
        #expect(Version(number: 1).alignmentCenters == [])
        #expect(Version(number: 2).alignmentCenters == [6, 18])
        #expect(Version(number: 7).alignmentCenters == [6, 22, 38])
        #expect(Version(number: 15).alignmentCenters == [6, 26, 48, 70])
        #expect(Version(number: 32).alignmentCenters == [6, 34, 60, 86, 112, 138])
        #expect(Version(number: 36).alignmentCenters == [6, 24, 50, 76, 102, 128, 154])
        #expect(Version(number: 39).alignmentCenters == [6, 26, 54, 82, 110, 138, 166])
        #expect(Version(number: 40).alignmentCenters == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test("The data-module count matches the modules the function patterns leave", arguments: 1...40)
    func dataModules(_ number: Int) {
        let version = Version(number: number)
        let grid = ModuleGrid(version: version)
        let free = (0..<grid.size).reduce(0) { sum, y in
            sum + (0..<grid.size).count { !grid.isReserved(x: $0, y: y) }
        }
        #expect(free == version.dataModuleCount)
    }

    @Test("Byte-mode capacities match Table 7 at every version and level", arguments: QRCorrection.allCases)
    func capacities(_ correction: QRCorrection) {
        let computed = Version.all.map { ByteSegment.capacity(of: $0, correction) }
        #expect(computed == Capacity.bytes[correction])
    }

    @Test("Codeword totals (Table 1)")
    func codewordTotals() {
        #expect(Version(number: 1).codewordCount == 26)
        #expect(Version(number: 7).codewordCount == 196)
        #expect(Version(number: 40).codewordCount == 3706)
    }

    @Test("Data is padded with the terminator and alternating 0xEC 0x11")
    func padding() {
        let codewords = ByteSegment.dataCodewords([0x41], version: Version(number: 1), count: 19)
        // 0100 00000001 01000001 0000 then pad.
        #expect(codewords == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC,
                              0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
    }

    @Test("Encoding is deterministic and the symbol has its finders")
    func finders() throws {
        let code = try QRCode.encode("Talon")
        #expect(try QRCode.encode("Talon") == code)
        for (cx, cy) in [(3, 3), (code.size - 4, 3), (3, code.size - 4)] {
            #expect(code[cx, cy])
            #expect(!code[cx + 2, cy])
            #expect(code[cx + 3, cy])
        }
        #expect(!code[-1, 0])
        #expect(!code[code.size, code.size])
        #expect(code[8, code.size - 8])   // the dark module
    }
}

@Suite("Mask penalty rules")
struct PenaltyTests {
    private func line(_ pattern: String) -> [Bool] { pattern.map { $0 == "1" } }

    private func lineScore(_ pattern: String) -> Int {
        Penalty.lineScore(line(pattern), start: 0, stride: 1, count: pattern.count)
    }

    @Test("Rule 1: runs of five or more score 3 plus the excess")
    func runs() {
        #expect(lineScore("1010101010") == 0)
        #expect(lineScore("1111101010") == 3)
        #expect(lineScore("0000000101") == 3 + 2)
        #expect(lineScore("1111100000") == 3 + 3)
    }

    @Test("Rule 3: a finder-like pattern with four light modules on a side scores 40, once")
    func finderLike() {
        #expect(lineScore("1011101" + "10101") == 40)            // the quiet zone before it is light
        #expect(lineScore("10" + "1011101" + "0000" + "1") == 40)
        #expect(lineScore("1" + "0000" + "1011101" + "0000" + "1") == 40)
        #expect(lineScore("10" + "1011101" + "01") == 0)
        #expect(lineScore("110" + "1011101" + "010" + "10101") == 0)
    }

    @Test("Rules 2 and 4 on an all-light square")
    func allLight() {
        let size = 21
        let score = Penalty.score(Array(repeating: false, count: size * size), size: size)
        let runs = 2 * size * (3 + size - 5)
        let blocks = 3 * (size - 1) * (size - 1)
        let balance = 10 * 10                                   // 50 % away from half dark
        #expect(score == runs + blocks + balance)
    }
}
