public import TalonCore

/// What `talon check-config FILE` prints and exits with.
///
/// The command prints ``text`` (on standard output when ``isValid``, on standard error
/// otherwise) and exits with ``exitStatus``.
public struct ConfigCheckResult: Sendable, Hashable {
    /// One line on success («hall.yaml: OK — 8 services, 12 windows, 4 categories»);
    /// one line per error and a summary line otherwise.
    public var text: String
    /// 0 for a valid configuration, 1 for an invalid one, 2 when the file cannot be read.
    public var exitStatus: Int32

    /// Whether the configuration is valid.
    public var isValid: Bool { exitStatus == 0 }

    /// A result with `text` to print and `exitStatus` to exit with.
    public init(text: String, exitStatus: Int32) {
        self.text = text
        self.exitStatus = exitStatus
    }
}

extension HallConfigLoader {
    /// Loads `path` and says whether it is a valid hall configuration, for
    /// `talon check-config`.
    public static func check(path: String) -> ConfigCheckResult {
        do {
            let hall = try load(path: path)
            return ConfigCheckResult(text: summary(of: hall, file: path), exitStatus: 0)
        } catch {
            let status: Int32 = error.contains(.unreadable) && error.count == 1 ? 2 : 1
            let count = error.count == 1 ? "1 error" : "\(error.count) errors"
            return ConfigCheckResult(text: error.description + "\n\(path): \(count)", exitStatus: status)
        }
    }

    /// «hall.yaml: OK — 8 services, 12 windows, 4 categories».
    public static func summary(of hall: HallConfig, file: String) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return "\(file): OK — " + [
            count(hall.services.count, "service", "services"),
            count(hall.windows.count, "window", "windows"),
            count(hall.categories.count, "category", "categories"),
        ].joined(separator: ", ")
    }
}
