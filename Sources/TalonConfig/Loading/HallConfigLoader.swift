public import Foundation
public import TalonCore

/// Reads a hall configuration from YAML into a validated ``HallConfig``.
///
/// Every problem the loader can find is reported, not only the first: a YAML syntax
/// error stops it (nothing after it can be read), but unknown keys, wrong types, bad
/// values, duplicates and dangling references are collected from the whole file. The
/// result is all or nothing: a ``HallConfig`` with no errors, or ``ConfigErrors``.
///
/// ```swift
/// do {
///     let hall = try HallConfigLoader.load(path: "kiosk/demo/hall.yaml")
/// } catch {
///     print(error)   // one `file:line: key.path: message` per line
/// }
/// ```
///
/// It never crashes and never hangs, whatever the input: an empty file, binary
/// garbage, a list at the top, numbers too large for an `Int`.
public enum HallConfigLoader {
    /// Loads the file at `path`; `path` is also the file name in error messages.
    public static func load(path: String) throws(ConfigErrors) -> HallConfig {
        try ConfigDocument.load(path: path, build: HallDocument.build)
    }

    /// Parses YAML bytes, which must be UTF-8.
    ///
    /// - Parameter file: The name shown in error messages.
    public static func parse(data: Data, file: String) throws(ConfigErrors) -> HallConfig {
        try ConfigDocument.parse(data: data, file: file, build: HallDocument.build)
    }

    /// Parses YAML text.
    ///
    /// - Parameter file: The name shown in error messages, such as `kiosk/demo/hall.yaml`.
    public static func parse(yaml: String, file: String) throws(ConfigErrors) -> HallConfig {
        try ConfigDocument.parse(yaml: yaml, file: file, build: HallDocument.build)
    }
}
