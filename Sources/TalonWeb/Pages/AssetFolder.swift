import Foundation

/// Finds the `display/` folder with the pages: the configured one, `$TALON_DISPLAY_DIR`,
/// `./display`, next to the executable's checkout (`.build/debug/talon` → `display/`),
/// or the checkout this file was compiled in.
enum AssetFolder {
    static func locate(_ configured: URL?) -> URL? {
        var candidates: [URL] = []
        if let configured { candidates.append(configured) }
        if let env = ProcessInfo.processInfo.environment["TALON_DISPLAY_DIR"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("display"))
        var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<5 {
            exe.deleteLastPathComponent()
            candidates.append(exe.appendingPathComponent("display"))
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        candidates.append(source.appendingPathComponent("display"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("board.html").path) }
    }
}
