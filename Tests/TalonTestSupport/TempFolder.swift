import Foundation

/// A fresh folder `/tmp/<name>-XXXXXX`, mode 755, removed by `remove()`.
///
/// Always under `/tmp`, not `$TMPDIR`, and readable by everyone: cupsd's backends run as
/// `lp` and must reach the fakes' files, and a private cupsd's socket path inside it must
/// stay under the 108 bytes a Unix socket path may have.
public struct TempFolder: Sendable {
    public let path: String

    public init(_ name: String = "talon") throws {
        var template = Array("/tmp/\(name)-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw FixtureFailure(description: "could not make a temporary folder /tmp/\(name)-…: \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
        chmod(path, 0o755)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    /// A folder inside, created mode 755; its path.
    @discardableResult
    public func folder(_ name: String) throws -> String {
        let sub = file(name)
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return sub
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
