import ArgumentParser
import TalonConfig
import TalonCore

/// `--config FILE`, defaulting to the embedded demo hall.
struct HallOptions: ParsableArguments {
    @Option(name: .long, help: "Hall configuration (YAML). Default: the embedded demo hall (kiosk/demo/hall.yaml).")
    var config: String?

    /// The configuration, or exits with the loader's message (file:line: key: what).
    func load() throws -> HallConfig {
        do {
            if let config { return try HallConfigLoader.load(path: config) }
            return try DemoHall.load()
        } catch {
            throw ValidationError("\(error.description)")
        }
    }
}
