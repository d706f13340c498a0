public import Foundation

/// Where the printing fixtures live in the source tree: golden ESC/POS bytes per
/// printer profile (`Fixtures/printers/<profile>.bin`) and the profiles folder.
///
/// Paths come from `#filePath`, so a test can also rewrite a golden file on purpose
/// (`TALON_UPDATE_GOLDEN=1`) after checking the new bytes against emupos.
public enum PrinterFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/TalonTestSupport/Fixtures/printers`.
    public static var goldenDirectory: URL {
        repository.appendingPathComponent("Tests/TalonTestSupport/Fixtures/printers", isDirectory: true)
    }

    /// `hardware/printers`.
    public static var profilesDirectory: URL {
        repository.appendingPathComponent("hardware/printers", isDirectory: true)
    }

    /// The golden bytes of `name`, or `nil` if there are none yet.
    public static func golden(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: goldenDirectory.appendingPathComponent(name).path).map(Array.init)
    }

    /// Whether goldens should be (re)written: `TALON_UPDATE_GOLDEN=1`.
    public static var updating: Bool {
        ProcessInfo.processInfo.environment["TALON_UPDATE_GOLDEN"] == "1"
    }

    public static func writeGolden(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: goldenDirectory.appendingPathComponent(name))
    }
}
