public import Foundation

/// A fresh folder under the temp directory, removed by `remove()`.
public struct TempFolder: Sendable {
    public let path: String

    public init(_ name: String = "talon") throws {
        path = NSTemporaryDirectory() + "/\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
