public import Foundation

/// A temporary folder the `lp` user can read (cupsd's backends run as `lp`), removed
/// when the owner is done with it.
public struct ScratchFolder: Sendable {
    public let url: URL

    /// Makes `/tmp/talon-<prefix>-XXXXXX`, mode 755.
    public init(_ prefix: String) throws {
        var template = Array("/tmp/talon-\(prefix)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let made else { throw ProcessRunner.Failure(description: "mkdtemp failed for \(prefix)") }
        let path = String(cString: made)
        chmod(path, 0o755)
        url = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// A folder inside, created mode 755.
    public func folder(_ name: String) throws -> URL {
        let sub = url.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return sub
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
