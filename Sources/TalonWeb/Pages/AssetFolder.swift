import Foundation

/// Finds a folder of pages: the configured one, its environment variable, the folder
/// under the current directory, next to the executable's checkout
/// (`.build/debug/talon` → `display/`), or the checkout this file was compiled in.
enum AssetFolder {
    /// `display/` (the wall displays, the console, the ticket page): `$TALON_DISPLAY_DIR`.
    static func locate(_ configured: URL?) -> URL? {
        locate(configured, path: "display", marker: "board.html", environment: "TALON_DISPLAY_DIR")
    }

    /// `kiosk/screen/` (the kiosk page): `$TALON_KIOSK_DIR`.
    static func locateKiosk(_ configured: URL?) -> URL? {
        locate(configured, path: "kiosk/screen", marker: "index.html", environment: "TALON_KIOSK_DIR")
    }

    /// The first candidate for `path` that holds `marker`.
    static func locate(_ configured: URL?, path: String, marker: String, environment: String) -> URL? {
        var candidates: [URL] = []
        if let configured { candidates.append(configured) }
        if let env = ProcessInfo.processInfo.environment[environment] {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path))
        var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<5 {
            exe.deleteLastPathComponent()
            candidates.append(exe.appendingPathComponent(path))
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        candidates.append(source.appendingPathComponent(path))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent(marker).path) }
    }
}
