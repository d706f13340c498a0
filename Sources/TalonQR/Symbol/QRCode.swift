/// A QR code symbol (ISO/IEC 18004, model 2): a square of dark and light modules.
///
/// Make one with ``encode(_:correction:)``, then draw it with ``svg(module:quietZone:)``
/// or read the modules through ``subscript(x:y:)`` to raster it yourself. Readers need a
/// light quiet zone of four modules around the symbol; ``svg(module:quietZone:)`` draws it.
public struct QRCode: Sendable, Hashable {
    /// The number of modules along each side: 21 for version 1, up to 177 for version 40.
    public let size: Int
    /// The symbol version, 1–40; the smallest that holds the text was chosen.
    public let version: Int
    /// The error-correction level the symbol was built with.
    public let correction: QRCorrection
    /// The data mask, 0–7, that scored the lowest penalty.
    public let mask: Int

    /// Row-major, `true` for dark.
    let modules: [Bool]

    init(version: Version, correction: QRCorrection, mask: Int, modules: [Bool]) {
        self.size = version.size
        self.version = version.number
        self.correction = correction
        self.mask = mask
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; `(0, 0)` is the top-left corner.
    ///
    /// Coordinates outside `0..<size` read as light, as the quiet zone around the symbol is.
    public subscript(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
