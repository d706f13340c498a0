public import TalonCore

/// The demo hall, `kiosk/demo/hall.yaml`, built into the binary: what `talon demo` and a
/// fresh clone run without any file.
///
/// ``yaml`` is a copy of the file made by `kiosk/demo/embed.sh`; a test checks that the
/// two are equal, so they cannot drift apart.
public enum DemoHall {
    /// The name the demo hall has in messages: `kiosk/demo/hall.yaml`.
    public static let file = "kiosk/demo/hall.yaml"

    /// The demo hall, parsed and validated. A test makes sure it does not throw.
    public static func load() throws(ConfigErrors) -> HallConfig {
        try HallConfigLoader.parse(yaml: yaml, file: file)
    }
}
