/// Everything a hall is configured with: the center, its services, windows, priority
/// categories and policy. Built by `TalonConfig` from YAML, or directly in tests.
///
/// A `HallConfig` is validated when it is built: ids are unique, prefixes are unique,
/// every window serves known services. The engine trusts it.
public struct HallConfig: Sendable, Codable, Hashable {
    public var center: CenterConfig
    public var groups: [ServiceGroup]
    public var services: [ServiceConfig]
    public var windows: [WindowConfig]
    public var categories: [PriorityCategory]
    public var policy: PolicyConfig
    public var simulation: SimulationProfile?
    /// Input devices (evdev): rating panels, call buttons, touchscreens, scanners.
    public var devices: [InputDeviceConfig]
    /// Ticket printers (CUPS queues) and their ESC/POS profiles.
    public var printers: [PrinterConfig]
    /// Wall displays and their read-only device tokens.
    public var displays: [DisplayConfig] = []
    /// Ticket kiosks' device tokens.
    public var kiosks: [KioskConfig] = []
    /// Console accounts (bcrypt-hashed passwords, roles).
    public var accounts: [AccountConfig] = []

    public init(center: CenterConfig, groups: [ServiceGroup] = [], services: [ServiceConfig],
                windows: [WindowConfig], categories: [PriorityCategory] = [],
                policy: PolicyConfig = PolicyConfig(), simulation: SimulationProfile? = nil,
                devices: [InputDeviceConfig] = [], printers: [PrinterConfig] = [],
                displays: [DisplayConfig] = [], kiosks: [KioskConfig] = [], accounts: [AccountConfig] = []) {
        self.center = center
        self.groups = groups
        self.services = services
        self.windows = windows
        self.categories = categories
        self.policy = policy
        self.simulation = simulation
        self.devices = devices
        self.printers = printers
        self.displays = displays
        self.kiosks = kiosks
        self.accounts = accounts
    }

    /// The service with `id`, if configured.
    public func service(_ id: ServiceID) -> ServiceConfig? {
        services.first { $0.id == id }
    }

    /// The window with `id`, if configured.
    public func window(_ id: WindowID) -> WindowConfig? {
        windows.first { $0.id == id }
    }

    /// The printer that prints `kiosk`'s tickets: the one that names the kiosk, else the
    /// only printer that names none (a shared printer); `nil` when the kiosk has none.
    public func printer(forKiosk kiosk: DeviceID) -> PrinterConfig? {
        if let own = printers.first(where: { $0.kiosk == kiosk }) { return own }
        let shared = printers.filter { $0.kiosk == nil }
        return shared.count == 1 ? shared[0] : nil
    }

    /// The priority category with `id`, if configured.
    public func category(_ id: CategoryID) -> PriorityCategory? {
        categories.first { $0.id == id }
    }
}

