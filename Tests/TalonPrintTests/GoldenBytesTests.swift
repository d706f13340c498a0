import Foundation
import Testing
import TalonTestSupport
@testable import TalonPrint

@Suite("Golden ESC/POS bytes per printer profile")
struct GoldenBytesTests {
    @Test("The sample ticket renders to the kept bytes", arguments: PrinterProfile.builtIn)
    func golden(profile: PrinterProfile) throws {
        let bytes = EscPosRenderer(profile: profile).render(TicketTemplate.standard.layout(.sample()))
        let name = "\(profile.id).bin"
        if PrinterFixtures.updating {
            try PrinterFixtures.writeGolden(name, bytes)
        }
        let kept = try #require(PrinterFixtures.golden(name),
                                "no golden bytes for \(profile.id); run with TALON_UPDATE_GOLDEN=1 and check them against emupos")
        #expect(bytes == kept, "bytes for \(profile.id) changed; if on purpose, regenerate (see Fixtures/printers/README.md)")
    }

    @Test("The bytes start with init and the vendor's code page, and end with its cut", arguments: PrinterProfile.builtIn)
    func frame(profile: PrinterProfile) throws {
        let bytes = EscPosRenderer(profile: profile).render(TicketTemplate.standard.layout(.sample()))
        #expect(Array(bytes.prefix(5)) == [0x1B, 0x40, 0x1B, 0x74, profile.codePageNumber])
        #expect(Array(bytes.suffix(profile.cut.count)) == profile.cut)
        #expect(bytes.contains(0x1D) )
        // Without GS ( k the QR code is a raster image (GS v 0), whose rows may hold any byte.
        let rasters = try #require(PrintedRaster.all(in: bytes))
        #expect(rasters.count == (profile.nativeQR ? 0 : 1))
        var commands = bytes
        for raster in rasters.reversed() { commands.removeSubrange(raster.range) }
        let hasQR = commands.indices.dropLast(2).contains { commands[$0] == 0x1D && commands[$0 + 1] == 0x28 && commands[$0 + 2] == 0x6B }
        #expect(hasQR == profile.nativeQR)
    }
}
