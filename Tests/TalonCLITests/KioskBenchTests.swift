import Foundation
import Testing
import TalonTestSupport

/// `talon bench kiosk` runs end to end against a private cupsd and reports its three
/// figures (the figures themselves go to BENCHMARKS.md, not into a timed assertion).
@Suite("Kiosk benchmark", .serialized)
struct KioskBenchTests {
    @Test("talon bench kiosk: tap to pressed, tap to printer, lp to printer, all measured")
    func runs() async throws {
        let cupsd = try PrivateCupsd()
        let folder = try TempFolder("talon-kiosk-bench")
        defer { folder.remove() }
        let child = try Child(["bench", "kiosk", "--iterations", "5", "--server", cupsd.socketPath,
                               "--dir", folder.path])
        let (status, output) = await child.wait()
        #expect(status == 0, "\(output)\ncupsd: \(cupsd.errorLog())")
        for line in ["tap → button drawn pressed", "tap → ticket bytes at the printer", "lp -o raw → bytes at the printer"] {
            let row = output.split(separator: "\n").first { $0.contains(line) }
            #expect(row?.contains("(n=5)") == true, "\(line): \(output)")
        }
    }
}
