/// An evdev input device of the hall and the role it plays: the shape the YAML
/// `devices:` section becomes (profiles from `hardware/input/` already merged in).
public struct InputDeviceConfig: Sendable, Codable, Hashable {
    /// The hall's name for the device (`rating-3`, `kiosk-1-touch`); it goes into every
    /// command id the device causes, so keep it stable.
    public var id: DeviceID
    /// How the device is recognised among `/dev/input/event*`.
    public var match: InputDeviceMatch
    /// What its events mean.
    public var role: InputDeviceRole
    /// The `hardware/input/<profile>.yaml` it was built from, if any.
    public var profile: String?
    /// Take the device exclusively (EVIOCGRAB) so that no console or desktop acts on it.
    public var grab: Bool

    public init(id: DeviceID, match: InputDeviceMatch, role: InputDeviceRole,
                profile: String? = nil, grab: Bool = true) {
        self.id = id
        self.match = match
        self.role = role
        self.profile = profile
        self.grab = grab
    }
}

/// Which device node a configured device is. Every given field must match; at least
/// one must be given.
public struct InputDeviceMatch: Sendable, Codable, Hashable {
    /// The kernel's device name, exactly (`EVIOCGNAME`).
    public var name: String?
    /// USB vendor id.
    public var vendor: UInt16?
    /// USB product id.
    public var product: UInt16?
    /// The physical path (`usb-0000:00:14.0-3/input0`); a trailing `*` matches a prefix.
    public var phys: String?
    /// A stable link: `/dev/input/by-id/…` or `/dev/input/by-path/…`.
    public var link: String?

    public init(name: String? = nil, vendor: UInt16? = nil, product: UInt16? = nil,
                phys: String? = nil, link: String? = nil) {
        self.name = name
        self.vendor = vendor
        self.product = product
        self.phys = phys
        self.link = link
    }

    /// True when no criterion is given (a configuration error).
    public var isEmpty: Bool {
        name == nil && vendor == nil && product == nil && phys == nil && link == nil
    }
}

/// What a device's events mean to the hall.
public enum InputDeviceRole: Sendable, Codable, Hashable {
    case ratingPanel(RatingPanelRole)
    case callButtons(CallButtonsRole)
    case touchscreen(TouchscreenRole)
    case scanner(ScannerRole)
    case keypad(KeypadRole)

    /// The role's name as written in the configuration.
    public var name: String {
        switch self {
        case .ratingPanel: "rating-panel"
        case .callButtons: "call-buttons"
        case .touchscreen: "touchscreen"
        case .scanner: "scanner"
        case .keypad: "keypad"
        }
    }
}

/// A four-smiley panel at a window: which key or button code means which score.
public struct RatingPanelRole: Sendable, Codable, Hashable {
    public var window: WindowID
    /// evdev key code → score 1…4.
    public var scores: [UInt16: Int]
    /// Presses of the same key closer than this (seconds) are contact bounce.
    public var debounce: Double

    public init(window: WindowID, scores: [UInt16: Int], debounce: Double = 0.05) {
        self.window = window
        self.scores = scores
        self.debounce = debounce
    }
}

/// What a call button does at its window.
public enum CallButtonAction: String, Sendable, Codable, Hashable, CaseIterable {
    case callNext = "call-next"
    case recall
    case start
    case finish
    case noShow = "no-show"
}

/// A button box on a consultant's desk.
public struct CallButtonsRole: Sendable, Codable, Hashable {
    public var window: WindowID
    /// evdev key code → action.
    public var actions: [UInt16: CallButtonAction]
    /// Presses of the same key closer than this (seconds) are contact bounce.
    public var debounce: Double

    public init(window: WindowID, actions: [UInt16: CallButtonAction], debounce: Double = 0.05) {
        self.window = window
        self.actions = actions
        self.debounce = debounce
    }
}

/// The kiosk's touchscreen and how its positions become screen pixels.
public struct TouchscreenRole: Sendable, Codable, Hashable {
    public var kiosk: DeviceID
    /// Which absolute axes carry the position (some panels use ABS_Z / ABS_RX).
    public var axes: TouchAxisMap
    public var swapAxes: Bool
    public var invertX: Bool
    public var invertY: Bool
    /// Clockwise rotation of the panel against the screen: 0, 90, 180 or 270.
    public var rotation: Int
    /// libinput's 2×3 calibration matrix `[a, b, c, d, e, f]`, applied to normalised
    /// coordinates (0…1): x' = a·x + b·y + c, y' = d·x + e·y + f.
    public var calibration: [Double]
    /// The screen the panel covers, in pixels.
    public var screen: ScreenSize
    /// A touch that moves further than this (screen pixels) is not a tap.
    public var tapMaxDistance: Double
    /// A touch held longer than this (seconds) is not a tap.
    public var tapMaxDuration: Double

    public init(kiosk: DeviceID, axes: TouchAxisMap = TouchAxisMap(), swapAxes: Bool = false,
                invertX: Bool = false, invertY: Bool = false, rotation: Int = 0,
                calibration: [Double] = [1, 0, 0, 0, 1, 0],
                screen: ScreenSize = ScreenSize(width: 1920, height: 1080),
                tapMaxDistance: Double = 40, tapMaxDuration: Double = 1.0) {
        self.kiosk = kiosk
        self.axes = axes
        self.swapAxes = swapAxes
        self.invertX = invertX
        self.invertY = invertY
        self.rotation = rotation
        self.calibration = calibration
        self.screen = screen
        self.tapMaxDistance = tapMaxDistance
        self.tapMaxDuration = tapMaxDuration
    }
}

/// The absolute axis codes that carry a touch position. `nil` means the usual ones:
/// ABS_MT_POSITION_X/Y for multitouch, ABS_X/ABS_Y for single touch.
public struct TouchAxisMap: Sendable, Codable, Hashable {
    public var x: UInt16?
    public var y: UInt16?

    public init(x: UInt16? = nil, y: UInt16? = nil) {
        self.x = x
        self.y = y
    }
}

/// A screen size in pixels.
public struct ScreenSize: Sendable, Codable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A keyboard-wedge barcode scanner at a kiosk.
public struct ScannerRole: Sendable, Codable, Hashable {
    /// The keyboard layouts a scanner may type in: the ones TalonInput has a keymap for.
    public static let layouts = ["us"]

    public var kiosk: DeviceID
    /// The keyboard layout the scanner types in (`us`).
    public var layout: String
    /// The key that ends a code.
    public var terminator: ScannerTerminator
    /// A partial code with no key for this long (seconds) is thrown away.
    public var partialTimeout: Double
    /// The language the check-in answers in.
    public var language: Language

    public init(kiosk: DeviceID, layout: String = "us", terminator: ScannerTerminator = .enter,
                partialTimeout: Double = 0.5, language: Language = .ru) {
        self.kiosk = kiosk
        self.layout = layout
        self.terminator = terminator
        self.partialTimeout = partialTimeout
        self.language = language
    }
}

/// The key a scanner sends after a code.
public enum ScannerTerminator: String, Sendable, Codable, Hashable, CaseIterable {
    /// Enter or keypad Enter.
    case enter
    case tab
}

/// What a keypad key does.
public enum KeypadAction: Sendable, Codable, Hashable {
    case call(CallButtonAction)
    case rate(Int)
}

/// A generic keypad at a window: any key code mapped to a window command or a rating.
public struct KeypadRole: Sendable, Codable, Hashable {
    public var window: WindowID
    public var keys: [UInt16: KeypadAction]
    public var debounce: Double

    public init(window: WindowID, keys: [UInt16: KeypadAction], debounce: Double = 0.05) {
        self.window = window
        self.keys = keys
        self.debounce = debounce
    }
}
