import Foundation

/// Ready-made device profiles, `hardware/input/<name>.yaml`, that a device in
/// `devices:` names with `profile: <name>`.
///
/// Where a profile is looked for, first hit wins:
/// 1. `hardware/input/<name>.yaml` in the configuration file's folder, then in each
///    folder above it (so `kiosk/demo/hall.yaml` in a checkout finds the checkout's
///    `hardware/input/`, and `/etc/talon/hall.yaml` finds `/etc/talon/hardware/input/`);
/// 2. the copies of the repository's profiles built into the binary
///    (``BuiltInInputProfiles``), so an installed daemon or the embedded demo hall works
///    without the checkout.
///
/// A profile holds `match`, `role` and `grab`, written as in a device item. Errors in a
/// profile are reported with the profile's own file and line.
struct InputProfiles {
    /// The folders searched, nearest first.
    let folders: [String]
    /// Profiles looked up so far: the file and its text, or `nil` for a profile not found.
    private var cache: [String: Loaded?] = [:]
    /// Errors found in profiles while reading the current item.
    private var pending: [ConfigDiagnostics] = []

    private struct Loaded {
        let file: String
        let text: String
    }

    /// - Parameter configFile: the hall file as given to the loader (relative paths are
    ///   taken from the current directory).
    init(configFile: String) {
        var folder = URL(fileURLWithPath: configFile).deletingLastPathComponent().standardizedFileURL.path
        var folders: [String] = []
        while true {
            folders.append((folder as NSString).appendingPathComponent("hardware/input"))
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        self.folders = folders
    }

    /// The root map of profile `name`, with paths under `item` (`devices[2].role…`), or
    /// `nil` after reporting at `node` that there is no such profile (or recording the
    /// profile's own errors).
    mutating func root(named name: String, at node: ConfigNode, for item: ConfigNode) -> ConfigMap? {
        if cache.index(forKey: name) == nil { cache[name] = .some(load(name)) }
        guard let loaded = cache[name] ?? nil else {
            node.report(.unknownReference, "no input profile \(ConfigNode.quote(name)): looked for \(name).yaml in "
                        + (folders.first ?? "hardware/input") + " and the folders above, and among the built-in "
                        + "profiles (" + BuiltInInputProfiles.texts.keys.sorted().joined(separator: ", ") + ")")
            return nil
        }
        let diagnostics = ConfigDiagnostics(file: loaded.file)
        pending.append(diagnostics)
        guard let root = YAMLDocument.parse(loaded.text, diagnostics: diagnostics) else { return nil }
        let rebased = ConfigNode(root.yaml, path: item.path, diagnostics: diagnostics, fallbackLine: 1)
        guard case .map = rebased.kind else {
            rebased.report(.wrongType, "an input profile is a map with «match», «role» and «grab», found \(rebased.found)")
            return nil
        }
        return rebased.map(allowedKeys: DeviceItem.profileKeys)
    }

    /// Moves the errors found in profiles since the last call into `diagnostics`.
    mutating func transferErrors(to diagnostics: ConfigDiagnostics) {
        for profile in pending { for error in profile.errors { diagnostics.record(error) } }
        pending.removeAll()
    }

    /// The profile's file and text, or `nil` when there is none.
    private func load(_ name: String) -> Loaded? {
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name + ".yaml")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = try? ConfigFile.read(path: path),
                  let text = try? ConfigFile.decode(data, file: path) else {
                return nil  // unreadable (permissions, not UTF-8): reported as not found
            }
            return Loaded(file: path, text: text)
        }
        if let text = BuiltInInputProfiles.texts[name] {
            return Loaded(file: "hardware/input/\(name).yaml (built in)", text: text)
        }
        return nil
    }
}
