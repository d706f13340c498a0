public import TalonCore

/// A device node found on the system, with what it says it is.
public struct DiscoveredDevice: Sendable, Hashable {
    /// `/dev/input/event5`.
    public var path: String
    public var capabilities: DeviceCapabilities
    /// `/dev/input/by-id/…` and `/dev/input/by-path/…` links pointing at it.
    public var links: [String]

    public init(path: String, capabilities: DeviceCapabilities, links: [String] = []) {
        self.path = path
        self.capabilities = capabilities
        self.links = links
    }
}

/// Matches discovered devices to the configuration.
public enum DeviceMatcher {
    /// The first configured device `device` matches, or nil.
    public static func match(_ device: DiscoveredDevice, in configs: [InputDeviceConfig],
                             deviceDirectory: String = "/dev/input") -> InputDeviceConfig? {
        configs.first { mismatch(device, $0, deviceDirectory: deviceDirectory) == nil }
    }

    /// Why `device` is not `config`'s device, or nil when it is.
    public static func mismatch(_ device: DiscoveredDevice, _ config: InputDeviceConfig,
                                deviceDirectory: String = "/dev/input") -> String? {
        let m = config.match
        let caps = device.capabilities
        if m.isEmpty { return "`\(config.id)` has no match criteria" }
        if let name = m.name, name != caps.name { return "name is not “\(name)”" }
        if let v = m.vendor, v != caps.identity.vendor { return "vendor is not \(DeviceIdentity.hex4(v))" }
        if let p = m.product, p != caps.identity.product { return "product is not \(DeviceIdentity.hex4(p))" }
        if let phys = m.phys {
            let have = caps.phys ?? ""
            let ok = phys.hasSuffix("*") ? have.hasPrefix(String(phys.dropLast())) : have == phys
            if !ok { return "phys is not \(phys)" }
        }
        if let link = m.link {
            let rebased = rebase(link, onto: deviceDirectory)
            if !device.links.contains(rebased) && !device.links.contains(link) { return "no link \(link)" }
        }
        return nil
    }

    /// `/dev/input/by-id/x` under another device root (tests, containers).
    static func rebase(_ link: String, onto root: String) -> String {
        guard root != "/dev/input", link.hasPrefix("/dev/input/") else { return link }
        return root + "/" + link.dropFirst("/dev/input/".count)
    }
}
