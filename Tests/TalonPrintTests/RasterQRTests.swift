import Foundation
import Testing
import TalonQR
import TalonTestSupport
@testable import TalonPrint

/// Printers without `GS ( k` get the QR code as a `GS v 0` raster that Talon draws; read
/// back here from the bytes, not from EscPosRaster.
@Suite("Raster QR codes for printers without their own")
struct RasterQRTests {
    static let url = TicketContent.sample().statusURL!

    /// A profile, the content and the module size in dots the symbol must be drawn at.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var profile: PrinterProfile
        var content: String = RasterQRTests.url
        var moduleDots: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "POS-5890 at its 4-dot modules", profile: .pos5890, moduleDots: 4),
        Case(name: "80 mm at 6-dot modules", profile: withoutNativeQR(.epsonTMT20III), moduleDots: 6),
        // 37 modules with the quiet zone at 16 dots would be 592 dots: shrunk to 384 / 37.
        Case(name: "16-dot modules shrunk to fit 384 dots", profile: withModuleSize(16), moduleDots: 10),
        // 2331 bytes, all that version 40 holds at level M: 185 modules with the quiet
        // zone, which fit 384 dots only at 2 dots a module.
        Case(name: "a full version-40 symbol at 2-dot modules", profile: .pos5890,
             content: url + "?" + String(repeating: "x", count: 2331 - url.utf8.count - 1), moduleDots: 2),
    ]

    static func withoutNativeQR(_ profile: PrinterProfile) -> PrinterProfile {
        var profile = profile
        profile.nativeQR = false
        return profile
    }

    static func withModuleSize(_ dots: Int) -> PrinterProfile {
        var profile = PrinterProfile.pos5890
        profile.qrModuleSize = dots
        return profile
    }

    /// The one raster image of a ticket that holds only the QR code.
    static func printedRaster(_ testCase: Case) throws -> (raster: PrintedRaster, bytes: [UInt8]) {
        let document = TicketDocument(blocks: [.qr(testCase.content)], label: "П042")
        let bytes = EscPosRenderer(profile: testCase.profile).render(document)
        let rasters = try #require(PrintedRaster.all(in: bytes), "a GS v 0 image is cut short")
        #expect(rasters.count == 1)
        return (try #require(rasters.first, "no GS v 0 image in the ticket"), bytes)
    }

    @Test("The GS v 0 header is right and the bitmap at module centres is the QR code's modules",
          arguments: cases)
    func modulesAtCentres(_ testCase: Case) throws {
        let (raster, bytes) = try Self.printedRaster(testCase)
        let code = try QRCode.encode(testCase.content, correction: .medium)
        let module = testCase.moduleDots, quiet = EscPosRaster.qrQuietZone
        let side = (code.size + 2 * quiet) * module
        // Centred on the line: as much white to the left of the quiet zone as to the right.
        let margin = (testCase.profile.dotsPerLine - side) / 2

        #expect(raster.mode == 0)
        #expect(raster.height == side)
        #expect(raster.bytesPerRow == (margin + side + 7) / 8)
        #expect(raster.width <= testCase.profile.dotsPerLine)
        // The data is exactly bytesPerRow × height: the feed and the cut follow it.
        #expect(Array(bytes[raster.range.upperBound...]) == [0x1B, 0x64, UInt8(testCase.profile.feedBeforeCut)] + testCase.profile.cut)

        var wrong: [String] = []
        for y in -quiet..<(code.size + quiet) {
            for x in -quiet..<(code.size + quiet) {
                let dot = raster[margin + (x + quiet) * module + module / 2, (y + quiet) * module + module / 2]
                if dot != code[x, y] { wrong.append("(\(x), \(y))") }
            }
        }
        #expect(wrong.isEmpty, "modules drawn wrong: \(wrong.prefix(20).joined(separator: " "))")
        let strayLeft = (0..<raster.height).contains { y in (0..<margin).contains { raster[$0, y] } }
        let strayRight = (0..<raster.height).contains { y in (margin + side..<raster.width).contains { raster[$0, y] } }
        #expect(!strayLeft && !strayRight, "black dots outside the symbol")
    }

    @Test("zbarimg reads the printed raster as the ticket's status address", arguments: cases)
    func zbarReadsRaster(_ testCase: Case) throws {
        let (raster, _) = try Self.printedRaster(testCase)
        #expect(try Zbar.decode(pbmWidth: raster.width, height: raster.height, rows: raster.rows) == testCase.content)
    }

    @Test("Wider than the line even at 2-dot modules: the address is printed as text")
    func tooWideFallsBack() throws {
        var profile = PrinterProfile.pos5890
        profile.dotsPerLine = 200
        let content = Self.url + "?" + String(repeating: "x", count: 700)
        #expect {
            _ = try EscPosRaster.qr(content, for: profile)
        } throws: { error in
            (error as? RasterQRError)?.code == .tooWide
        }
        try expectText(content, profile: profile)
    }

    @Test("Too long for any QR code: the address is printed as text")
    func tooLongFallsBack() throws {
        let content = Self.url + "?" + String(repeating: "x", count: 3000)
        #expect {
            _ = try EscPosRaster.qr(content, for: .pos5890)
        } throws: { error in
            (error as? RasterQRError)?.code == .tooLong
        }
        try expectText(content, profile: .pos5890)
    }

    /// The ticket carries `content` as wrapped text, no raster image, and the preview
    /// does not call it a QR code.
    func expectText(_ content: String, profile: PrinterProfile) throws {
        let document = TicketDocument(blocks: [.qr(content)], label: "П042")
        let bytes = EscPosRenderer(profile: profile).render(document)
        #expect(try #require(PrintedRaster.all(in: bytes)).isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "").contains(content))
        #expect(!EscPosRenderer(profile: profile).drawsQR(content))
        #expect(!PreviewRenderer(profile: profile).render(document).contains("[QR]"))
    }
}
