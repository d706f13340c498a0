import Foundation

/// Lists `event*` nodes of a device directory and the by-id / by-path links to them.
/// The directory is injectable so tests can use a folder of FIFOs.
struct DeviceDirectory: Sendable {
    let root: String

    /// `event*` nodes, sorted by number.
    func nodes() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { $0.hasPrefix("event") }
            .sorted { (Int($0.dropFirst(5)) ?? 0, $0) < (Int($1.dropFirst(5)) ?? 0, $1) }
            .map { root + "/" + $0 }
    }

    /// by-id and by-path links that resolve to `node`.
    func links(to node: String) -> [String] {
        var out: [String] = []
        let target = URL(fileURLWithPath: node).resolvingSymlinksInPath().path
        for sub in ["by-id", "by-path"] {
            let dir = root + "/" + sub
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
                let link = dir + "/" + name
                if URL(fileURLWithPath: link).resolvingSymlinksInPath().path == target { out.append(link) }
            }
        }
        return out.sorted()
    }
}
