import Foundation
import TalonQR
import TalonTestSupport

/// zbarimg, the independent reader every symbol must satisfy.
enum Zbar {
    static let executable = "/usr/bin/zbarimg"

    /// What zbarimg reads from `code` drawn with a four-module quiet zone.
    static func decode(_ code: QRCode) throws -> String {
        try decode(Bitmap(code))
    }

    /// What zbarimg reads from `bitmap`, written as a PBM at `scale` pixels per module;
    /// throws when it finds no symbol.
    static func decode(_ bitmap: Bitmap, scale: Int = 4) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw FixtureFailure(description: "zbarimg is missing (\(executable)): run `make test-deps` or "
                                 + "`apt-get install zbar-tools` — the QR tests decode every symbol with it")
        }
        let folder = try TempFolder("talon-qr")
        defer { folder.remove() }
        let image = folder.file("symbol.pbm")
        try bitmap.pbm(scale: scale).write(to: URL(fileURLWithPath: image))
        // --raw: the bytes as they are, no charset guessing; QR only; one line per symbol.
        let output = try ChildProcess.run(executable, ["--quiet", "--raw", "--nodbus",
                                                       "-Sdisable", "-Sqrcode.enable", image])
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }
}
