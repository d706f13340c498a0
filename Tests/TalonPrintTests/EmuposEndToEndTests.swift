import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonPrint

/// Talon → libcups → a private cupsd → the socket backend → emupos, which decodes the
/// ticket independently of Talon.
@Suite("Tickets through CUPS to emupos", .serialized)
struct EmuposEndToEndTests {
    /// A Talon profile and the emupos profile that decodes it: emupos's own Epson
    /// profile (its code-page table is independent of ours), or one written for a
    /// model emupos has no Cyrillic table for.
    struct Case: Sendable, CustomTestStringConvertible {
        var profile: PrinterProfile
        var emuposProfile: @Sendable (TempFolder) throws -> String
        var testDescription: String { profile.id }
    }

    static let cases: [Case] = [
        Case(profile: .epsonTMT20III) { _ in "epson-tm-t20iii" },
        Case(profile: .rongtaRP326) { folder in
            try EmuposPrinter.writeProfile(in: folder, name: "rongta-rp326-cyrillic", widthDots: 576,
                                           codePages: [7: "PC866", 6: "WPC1251"])
        },
        Case(profile: .starTSP143IV) { folder in
            try EmuposPrinter.writeProfile(in: folder, name: "star-tsp143iv", widthDots: 576,
                                           codePages: [10: "PC866", 34: "WPC1251"])
        },
        Case(profile: .pos5890) { folder in
            try EmuposPrinter.writeProfile(in: folder, name: "pos-5890", widthDots: 384,
                                           codePages: [17: "PC866", 73: "WPC1251"])
        },
    ]

    @Test("The decoded ticket has the Cyrillic service name, the number and the QR content",
          arguments: cases)
    func decodedTicket(_ testCase: Case) async throws {
        let profiles = try TempFolder("talon-emupos-profile")
        defer { profiles.remove() }
        let emupos = try EmuposPrinter(profile: try testCase.emuposProfile(profiles))
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: emupos.port)

        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        let printer = TicketPrinter(config: PrinterConfig(id: "kiosk-1-printer", queue: "kiosk_1", profile: testCase.profile.id),
                                    profile: testCase.profile, connection: connection)
        let outcome = await printer.print(.sample(), follow: .seconds(10))
        #expect(outcome.status == .printed, "\(String(describing: outcome.error)); cupsd log: \(cupsd.errorLog())")
        #expect(!outcome.showOnScreen)

        let receipt = try #require(try await emupos.waitForReceipts(1).first)
        #expect(receipt.contains("Паспорт РФ"), "receipt:\n\(receipt)")
        #expect(receipt.contains("П042"), "receipt:\n\(receipt)")
        #expect(receipt.contains("Следите за вызовом на табло"), "receipt:\n\(receipt)")
        let url = "https://mfc.example.ru/t/K7Q2-9XTM"
        if testCase.profile.nativeQR {
            #expect(receipt.contains("[qr \(url)]"), "receipt:\n\(receipt)")
        } else {
            // Drawn by Talon as a raster image, not printed as text.
            #expect(receipt.contains("[image "), "receipt:\n\(receipt)")
            #expect(!receipt.replacingOccurrences(of: "\n", with: "").contains(url), "receipt:\n\(receipt)")
        }
        // Whoever drew it, the QR code on emupos's picture of the ticket reads as the address.
        let picture = try #require(emupos.receiptImages().first)
        #expect(try Zbar.decode(imageAt: picture) == url, "picture: \(picture)")
    }

    @Test("WPC1251 decodes too (Epson 46)")
    func wpc1251() async throws {
        let profiles = try TempFolder("talon-emupos-profile")
        defer { profiles.remove() }
        let path = try EmuposPrinter.writeProfile(in: profiles, name: "epson-1251", widthDots: 576,
                                                  codePages: [17: "PC866", 46: "WPC1251"])
        let emupos = try EmuposPrinter(profile: path)
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: emupos.port)
        var profile = PrinterProfile.epsonTMT20III
        profile.codePage = .wpc1251
        let printer = TicketPrinter(config: PrinterConfig(id: "p", queue: "kiosk_1"), profile: profile,
                                    connection: CupsConnection(server: CupsServerAddress(host: cupsd.socketPath)))
        let outcome = await printer.print(.sample(), follow: .seconds(10))
        #expect(outcome.status == .printed)
        let receipt = try #require(try await emupos.waitForReceipts(1).first)
        #expect(receipt.contains("Паспорт РФ"), "receipt:\n\(receipt)")
        #expect(receipt.contains("«Мои документы»"), "receipt:\n\(receipt)")
    }
}
