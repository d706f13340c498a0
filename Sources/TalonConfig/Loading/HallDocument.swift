import TalonCore

/// The top level of a hall file: which sections there are, the order they are read
/// in, and the checks that span sections.
enum HallDocument {
    /// Every top-level key. A new section (kiosks, displays, accounts) is added here and
    /// read in ``build(_:)`` by a function in its own file under `Sections/`.
    static let sections = ["center", "groups", "services", "windows", "categories", "policy", "simulation",
                           "devices", "printers", "displays", "kiosks", "accounts"]

    /// The hall described by `root`, or `nil` if any error was recorded (they are all in
    /// `root.diagnostics`).
    static func build(_ root: ConfigNode) -> HallConfig? {
        if root.isEmpty {
            root.report(.missingKey, "the file is empty; a hall configuration needs at least the sections "
                        + "«center», «services» and «windows»")
            return nil
        }
        guard case .map = root.kind else {
            root.report(.wrongType, "expected a map of sections (center, services, windows…), found \(root.found)")
            return nil
        }
        guard let map = root.map(allowedKeys: sections) else { return nil }

        // Sections that others refer to come first.
        var references = HallReferences()
        let center = map.required("center").flatMap(CenterSection.parse)
        let categories = CategoriesSection.parse(map["categories"], references: &references)
        let groups = GroupsSection.parse(map["groups"], references: &references)
        let servicesNode = map.required("services")
        let services = ServicesSection.parse(servicesNode, references: &references)
        let windows = WindowsSection.parse(map.required("windows"), references: &references)
        let policy = PolicySection.parse(map["policy"])
        let simulation = SimulationSection.parse(map["simulation"], references: references)
        let devices = parseDevicesSection(map["devices"], references: references)
        let printers = parsePrintersSection(map["printers"])
        var tokens = DeviceTokenCheck()
        let displays = DisplaysSection.parse(map["displays"], references: references, tokens: &tokens)
        let kiosks = KiosksSection.parse(map["kiosks"], tokens: &tokens)
        let accounts = AccountsSection.parse(map["accounts"], tokens: &tokens)

        checkEveryServiceIsServed(services, by: windows)

        guard root.diagnostics.isEmpty, let center, let policy else { return nil }
        return HallConfig(center: center, groups: groups, services: services.map(\.0), windows: windows,
                          categories: categories, policy: policy, simulation: simulation,
                          devices: devices, printers: printers,
                          displays: displays, kiosks: kiosks, accounts: accounts)
    }

    /// A service no window serves would issue tickets that are never called.
    static func checkEveryServiceIsServed(_ services: [(ServiceConfig, ConfigNode)], by windows: [WindowConfig]) {
        guard !windows.isEmpty else { return }
        for (service, node) in services where !windows.contains(where: { $0.serves(service.id) }) {
            node.report(.unknownReference, "no window serves service «\(service.id)»; its tickets would "
                        + "never be called — add it to a window's «services»")
        }
    }
}
