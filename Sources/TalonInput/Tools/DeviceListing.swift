public import TalonCore

/// `talon devices`: every input device, what it can send, and the role it matched or
/// why it matched none.
public enum DeviceListing {
    /// One line block per `event*` node under `deviceDirectory`.
    public static func list(devices configs: [InputDeviceConfig], deviceDirectory: String = "/dev/input") -> String {
        let directory = DeviceDirectory(root: deviceDirectory)
        var out = ""
        var taken: Set<DeviceID> = []
        for path in directory.nodes() {
            let device: EvdevDevice
            do {
                device = try EvdevDevice.open(path: path)
            } catch {
                out += "\(path): \(error.message)\n"
                continue
            }
            let caps = device.capabilities
            let found = DiscoveredDevice(path: path, capabilities: caps, links: directory.links(to: path))
            out += "\(path): “\(caps.name)” \(caps.identity.vendorProduct) bus \(caps.identity.bustype)"
                + (caps.phys.map { " phys \($0)" } ?? "") + "\n"
            out += "  \(caps.summary)\n"
            for link in found.links { out += "  link \(link)\n" }
            if let config = DeviceMatcher.match(found, in: configs.filter { !taken.contains($0.id) }, deviceDirectory: deviceDirectory) {
                taken.insert(config.id)
                out += "  → `\(config.id)` as \(config.role.name)\n"
            } else if configs.isEmpty {
                out += "  → no role: no devices configured\n"
            } else {
                let reasons = configs.map { "`\($0.id)`: \(DeviceMatcher.mismatch(found, $0, deviceDirectory: deviceDirectory) ?? "already matched another node")" }
                out += "  → no role (" + reasons.joined(separator: "; ") + ")\n"
            }
        }
        for config in configs where !taken.contains(config.id) {
            out += "`\(config.id)` (\(config.role.name)): not found\n"
        }
        return out.isEmpty ? "no input devices under \(deviceDirectory)\n" : out
    }
}
