import Testing
@testable import TalonConfig
import TalonCore

/// The reader API that section parsers (devices, printers…) build on.
@Suite("Reader")
struct ReaderTests {
    /// The root node of `yaml`, and the diagnostics it reports to.
    func root(_ yaml: String) throws -> (ConfigNode, ConfigDiagnostics) {
        let diagnostics = ConfigDiagnostics(file: "r.yaml")
        return (try #require(YAMLDocument.parse(yaml, diagnostics: diagnostics)), diagnostics)
    }

    @Test("paths read like the document: services[3].prefix")
    func paths() {
        #expect(ConfigPath.root.description == "")
        #expect(ConfigPath.root.appending(key: "services").appending(index: 3).appending(key: "prefix")
            .description == "services[3].prefix")
        #expect(ConfigPath.root.appending(index: 0).appending(index: 1).description == "[0][1]")
    }

    @Test("typed getters give values, lines and paths")
    func getters() throws {
        let (node, diagnostics) = try root("""
            a:
              text: Окно 5
              int: 42
              double: 7.5
              bool: yes
              list: [1, 2]
              empty:
            """)
        let map = try #require(node.map(allowedKeys: ["a"])?.map("a"))
        #expect(map.string("text") == "Окно 5")
        #expect(map.int("int", in: 0...100) == 42)
        #expect(map.double("int") == 42)
        #expect(map.double("double") == 7.5)
        #expect(map.bool("bool") == true)
        #expect(map.list("list")?.map { $0.path.description } == ["a.list[0]", "a.list[1]"])
        #expect(map.list("list")?.compactMap { $0.int() } == [1, 2])
        #expect(map["list"]?.line == 6)
        #expect(map.optionalString("empty") == nil)
        #expect(map.optionalInt("absent") == nil)
        #expect(map.contains("empty") && !map.contains("absent"))
        #expect(diagnostics.errors.isEmpty)
    }

    @Test("getters record one error each and return nil")
    func getterErrors() throws {
        let (node, diagnostics) = try root("n: 5.5\nb: maybe\nl: x\nbig: 1e999\nq: \"\"\n")
        let map = try #require(node.map())
        #expect(map.int("n") == nil)
        #expect(map.bool("b") == nil)
        #expect(map.list("l") == nil)
        #expect(map.double("big") == nil)
        #expect(map.int("n", in: 0...3) == nil)
        #expect(map.string("missing") == nil)
        #expect(map["q"]?.nonEmptyString() == nil)
        #expect(map["q"]?.string() == "")
        #expect(diagnostics.errors.map(\.description) == [
            "r.yaml:1: n: expected a whole number, found «5.5»",
            "r.yaml:2: b: expected true or false, found «maybe»",
            "r.yaml:3: l: expected a list, found «x»",
            "r.yaml:4: big: «1e999» is too large a number",
            "r.yaml:1: n: expected a whole number, found «5.5»",
            "r.yaml:1: missing required key «missing»",
            "r.yaml:5: q: must not be blank",
        ])
    }

    @Test("error constructor and report carry file, line and path")
    func errorConstructor() throws {
        let (node, diagnostics) = try root("devices:\n  - id: rating-3\n    window: w5\n")
        let device = try #require(node.map()?.list("devices")?.first?.map(allowedKeys: ["id"]))
        let error = try #require(device["window"]).error(.unknownReference, "no such window")
        #expect(error.description == "r.yaml:3: devices[0].window: no such window")
        #expect(error.code == .unknownReference && error.column == 13)
        #expect(diagnostics.errors.map(\.description) == ["r.yaml:3: devices[0].window: unknown key; the keys here are id"])
    }

    @Test("references resolve ids or suggest the closest")
    func references() throws {
        let (node, diagnostics) = try root("w: w01\nx: w5\n")
        let map = try #require(node.map())
        var references = HallReferences()
        references.windows = ["w1", "w5"]
        #expect(references.window(at: map["x"]!) == "w5")
        #expect(references.window(at: map["w"]!) == nil)
        #expect(diagnostics.errors.map(\.message) == ["unknown window «w01»; did you mean «w1»?"])
    }

    @Test("suggestions: typos and other spellings of a key")
    func suggestions() {
        #expect(Suggestion.closest(to: "prefx", among: ["prefix", "group"]) == "prefix")
        #expect(Suggestion.closest(to: "businessDayStart", among: ["business_day_start"]) == "business_day_start")
        #expect(Suggestion.closest(to: "colour", among: ["prefix", "group"]) == nil)
        #expect(Suggestion.distance(Array("kitten"), Array("sitting"), limit: 5) == 3)
        // Lookalikes first, then alphabetical order, whatever the order of the candidates.
        #expect(Suggestion.closest(to: "BTN_O", among: ["BTN_Y", "BTN_0"]) == "BTN_0")
        #expect(Suggestion.closest(to: "ABS_Q", among: ["ABS_Z", "ABS_X"]) == "ABS_X")
        #expect(Suggestion.closest(to: "раssport", among: ["passport", "pass"]) == "passport")
    }

    @Test("quoting keeps messages on one line and short")
    func quoting() {
        #expect(ConfigNode.quote("a\nb\u{7}") == "«a\\nb�»")
        #expect(ConfigNode.quote(String(repeating: "x", count: 50)) == "«" + String(repeating: "x", count: 40) + "…»")
    }

    @Test("error codes have stable names")
    func codes() {
        #expect(ConfigError.Code.unknownKey.description == "unknown_key")
        #expect(ConfigError.Code.unknownReference.description == "unknown_reference")
        #expect(ConfigError.Code.syntax.description == "syntax")
    }
}
