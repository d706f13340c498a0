import TalonCore

/// `devices:` — the hall's evdev input devices: rating panels, call buttons,
/// touchscreens, scanners and keypads.
///
/// ```yaml
/// - id: rating-w1
///   profile: plantronics-audio648      # hardware/input/plantronics-audio648.yaml
///   match: {phys: "usb-0000:00:14.0-1*"}
///   role: {window: w1}
/// - id: desk-w11
///   match: {link: /dev/input/by-id/usb-Arcade_Box-event-joystick}
///   role:
///     kind: call-buttons
///     window: w11
///     actions: {BTN_TRIGGER: call-next, BTN_THUMB: recall, BTN_TOP: no-show}
/// ```
///
/// A `profile` is read first and the device's own keys win: `match` and `role` are
/// merged key by key (an empty value, `name: ~`, removes the profile's key), nested
/// maps such as `scores` are replaced whole. See ``InputProfiles`` for where profiles
/// are found. Every device needs at least one match criterion once merged.
///
/// - Parameters:
///   - node: The value of `devices:`, or `nil` when the key is absent.
///   - references: The ids already read; devices refer to windows.
/// - Returns: only the devices without errors.
func parseDevicesSection(_ node: ConfigNode?, references: HallReferences) -> [InputDeviceConfig] {
    guard let node, !node.isEmpty, let items = node.list() else { return [] }
    var profiles = InputProfiles(configFile: node.diagnostics.file)
    var ids = IDCheck()
    var matches = UniqueCheck<InputDeviceMatch, String>()
    var devices: [InputDeviceConfig] = []
    for item in items {
        guard let map = item.map(allowedKeys: DeviceItem.keys) else { continue }
        let errorsBefore = item.diagnostics.count
        let idNode = map.required("id")
        let id = idNode?.identifier()
        if let id, let idNode { ids.claimID(id, at: idNode, item: item) }

        var profileName: String?
        var profile: ConfigMap?
        if let profileNode = map.optional("profile") {
            profileName = profileNode.identifier()
            if let profileName { profile = profiles.root(named: profileName, at: profileNode, for: item) }
            // Without its profile the item would only add "missing" errors the profile answers.
            if profile == nil {
                profiles.transferErrors(to: item.diagnostics)
                continue
            }
        }
        let parsed = DeviceItem.parse(item: item, map: map, profile: profile, references: references)
        profiles.transferErrors(to: item.diagnostics)

        if let match = parsed.match, !match.isEmpty {
            let owner = "\(item.path) (line \(item.line))"
            matches.claim(match, by: owner, at: parsed.matchNode) {
                "the same match as \($0): the second device would never be found; make «match» tell them apart "
                    + "(phys or a by-path link)"
            }
        }
        guard item.diagnostics.count == errorsBefore, let id, let match = parsed.match, let role = parsed.role else { continue }
        devices.append(InputDeviceConfig(id: DeviceID(id), match: match, role: role,
                                         profile: profileName, grab: parsed.grab))
    }
    return devices
}

/// One item of `devices:` after its profile is merged in.
struct DeviceItem {
    static let keys = ["id", "profile", "match", "role", "grab"]
    /// What a profile file may hold: everything but the id and another profile.
    static let profileKeys = ["match", "role", "grab"]
    static let matchKeys = ["name", "vendor", "product", "phys", "link"]

    /// The match, or `nil` after an error.
    var match: InputDeviceMatch?
    /// Where errors about the whole match go.
    var matchNode: ConfigNode
    /// The role, or `nil` after an error.
    var role: InputDeviceRole?
    var grab: Bool

    /// Reads `map` over `profile` (the profile's root map, or `nil`).
    static func parse(item: ConfigNode, map: ConfigMap, profile: ConfigMap?,
                      references: HallReferences) -> DeviceItem {
        let hasMatch = map.optional("match") != nil || profile?.optional("match") != nil
        let matchMap = MergedMap(map, profile, key: "match", owner: item)
        matchMap?.checkKeys(allowed: matchKeys)
        let match = matchMap.flatMap { DeviceFields.match($0.map) }
        if !hasMatch || match?.isEmpty == true {
            item.report(.missingKey, "no way to find this device: give «match» with a name, vendor and product, "
                        + "phys or link (or a «profile» that has them); `talon devices` shows what each device says")
        }
        let hasRole = map.optional("role") != nil || profile?.optional("role") != nil
        if !hasRole { item.report(.missingKey, "missing required key «role» (or a «profile» that has one)") }
        let role = MergedMap(map, profile, key: "role", owner: item)
            .flatMap { DeviceRoles.parse($0, references: references) }
        let grab = map.optionalBool("grab") ?? profile?.optionalBool("grab") ?? true
        return DeviceItem(match: match?.isEmpty == true ? nil : match, matchNode: matchMap?.map.node ?? item, role: role, grab: grab)
    }
}
