public import Foundation

/// The printer profiles a hall can use: the files of a profiles folder over the
/// built-in ones.
public struct PrinterProfileCatalog: Sendable {
    /// Profiles by name.
    public private(set) var profiles: [String: PrinterProfile]

    /// The built-in profiles only.
    public init() {
        profiles = Dictionary(uniqueKeysWithValues: PrinterProfile.builtIn.map { ($0.id, $0) })
    }

    /// The built-in profiles, replaced or extended by every `*.yaml` in `directory`.
    public init(directory: URL) throws(PrintError) {
        self.init()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw PrintError(.invalidProfile,
                             "printer profiles folder `\(directory.path)` cannot be read; check the path")
        }
        for name in names.sorted() where name.hasSuffix(".yaml") {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw PrintError(.invalidProfile, "printer profile `\(url.path)` cannot be read as UTF-8 text")
            }
            let id = String(name.dropLast(".yaml".count))
            profiles[id] = try PrinterProfile(id: id, parsing: text, source: url.path)
        }
    }

    /// The profile named `id`.
    public func profile(_ id: String) throws(PrintError) -> PrinterProfile {
        guard let profile = profiles[id] else {
            let known = profiles.keys.sorted().joined(separator: ", ")
            throw PrintError(.unknownProfile,
                             "printer profile `\(id)` is unknown; use one of: \(known), or add hardware/printers/\(id).yaml")
        }
        return profile
    }
}
