import Foundation
import Testing
import TalonTestSupport
@testable import TalonPrint

@Suite("Printer profiles")
struct ProfileTests {
    @Test("hardware/printers/*.yaml and the built-in profiles are the same")
    func filesMatchBuiltIn() throws {
        let catalog = try PrinterProfileCatalog(directory: PrinterFixtures.profilesDirectory)
        for profile in PrinterProfile.builtIn {
            #expect(try catalog.profile(profile.id) == profile, "profile \(profile.id)")
        }
        #expect(Set(catalog.profiles.keys) == Set(PrinterProfile.builtIn.map(\.id)))
        // The catalog starts from the built-ins, so a missing file would pass the above.
        let files = try FileManager.default.contentsOfDirectory(atPath: PrinterFixtures.profilesDirectory.path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(PrinterProfile.builtIn.map { "\($0.id).yaml" }))
    }

    @Test("Vendors' code page numbers")
    func vendorNumbers() {
        #expect(PrinterProfile.epsonTMT20III.codePageNumbers == [.cp866: 17, .wpc1251: 46])
        #expect(PrinterProfile.starTSP143IV.codePageNumbers == [.cp866: 10, .wpc1251: 34])
        #expect(PrinterProfile.rongtaRP326.codePageNumbers == [.cp866: 7, .wpc1251: 6])
        #expect(PrinterProfile.pos5890.codePageNumbers == [.cp866: 17, .wpc1251: 73])
    }

    @Test("A malformed profile says which file, which key and what to do")
    func malformed() {
        #expect {
            _ = try PrinterProfile(id: "x", parsing: "display_name: X\ncode_page: cp866\ncp866: 17\npaper_width_mm: wide\n", source: "x.yaml")
        } throws: { error in
            let error = error as? PrintError
            return error?.code == .invalidProfile && error?.message.contains("x.yaml") == true
                && error?.message.contains("paper_width_mm") == true
        }
    }

    @Test("An unknown profile lists the known ones")
    func unknown() {
        #expect {
            _ = try PrinterProfileCatalog().profile("nope")
        } throws: { error in
            let error = error as? PrintError
            return error?.code == .unknownProfile
                && PrinterProfile.builtIn.allSatisfy { error?.message.contains($0.id) == true }
        }
    }
}
