public import Foundation

/// Recorded input devices under `Fixtures/input/` (evemu-devices, MIT: see
/// `LICENSE.evemu-devices` beside them) and crafted streams.
public enum InputFixtures {
    /// The URL of `Fixtures/input/<name>`.
    public static func url(_ name: String) -> URL {
        guard let base = Bundle.module.resourceURL else { fatalError("TalonTestSupport has no resource bundle") }
        return base.appendingPathComponent("Fixtures/input/\(name)")
    }
}
