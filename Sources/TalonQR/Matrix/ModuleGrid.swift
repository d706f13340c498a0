/// The square of modules being built: which are dark, and which belong to function
/// patterns (finders, timing, alignment, format and version information) that data and
/// masks must leave alone.
struct ModuleGrid: Sendable, Hashable {
    let version: Version
    let size: Int
    /// Row-major, `true` for dark.
    private(set) var dark: [Bool]
    /// Row-major, `true` for function modules.
    private(set) var reserved: [Bool]

    /// A grid with every function pattern drawn and the format areas reserved (left light
    /// until a mask is chosen).
    init(version: Version) {
        self.version = version
        size = version.size
        dark = Array(repeating: false, count: size * size)
        reserved = Array(repeating: false, count: size * size)
        drawFunctionPatterns()
    }

    subscript(x: Int, y: Int) -> Bool {
        get { dark[y * size + x] }
        set { dark[y * size + x] = newValue }
    }

    func isReserved(x: Int, y: Int) -> Bool { reserved[y * size + x] }

    /// Sets a function module.
    mutating func setFunction(x: Int, y: Int, dark isDark: Bool) {
        self[x, y] = isDark
        reserved[y * size + x] = true
    }
}
