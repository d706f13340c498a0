import Foundation

/// zbarimg (Debian's zbar-tools), the independent reader that every QR code Talon draws
/// must satisfy: TalonQR's symbols, the raster QR sent to printers, emupos's pictures of
/// printed tickets. A missing zbarimg is an error, never a skipped test.
public enum Zbar {
    public static let executable = "/usr/bin/zbarimg"

    /// What zbarimg reads from the image file at `path` (PBM, PNG…), one line per symbol
    /// without the last newline; throws when it finds no symbol.
    public static func decode(imageAt path: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw FixtureFailure(description: "zbarimg is missing (\(executable)): run `make test-deps` or "
                                 + "`apt-get install zbar-tools` — the QR tests decode every symbol with it")
        }
        // --raw: the bytes as they are, no charset guessing; QR only; one line per symbol.
        let output = try ChildProcess.run(executable, ["--quiet", "--raw", "--nodbus",
                                                       "-Sdisable", "-Sqrcode.enable", path])
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }

    /// What zbarimg reads from a binary PBM (`P4`) of `width` × `height` pixels whose
    /// `rows` are packed most significant bit first, 1 for black, each row padded to
    /// whole bytes.
    public static func decode(pbmWidth width: Int, height: Int, rows: some Sequence<UInt8>) throws -> String {
        let folder = try TempFolder("talon-zbar")
        defer { folder.remove() }
        let image = folder.file("symbol.pbm")
        var data = Data("P4\n\(width) \(height)\n".utf8)
        data.append(contentsOf: rows)
        try data.write(to: URL(fileURLWithPath: image))
        return try decode(imageAt: image)
    }
}
