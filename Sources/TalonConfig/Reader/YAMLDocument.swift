import Foundation
import Yams

/// Turns text into the root ``ConfigNode`` of a document, or records why it cannot.
///
/// Guards what a hall file never needs, so that any input ends in an error and not a
/// crash or a hang: text that is too large, nesting that is too deep (libyaml stops at
/// 1000 levels) and aliases that expand into a huge tree.
enum YAMLDocument {
    /// A hall configuration is a few kilobytes; a megabyte is certainly a wrong file.
    static let maximumBytes = 1 << 20
    /// Values visited at most when checking that aliases do not blow the tree up.
    static let maximumValues = 200_000

    /// The root node, or `nil` after recording an error. An empty document gives an
    /// empty node.
    static func parse(_ text: String, diagnostics: ConfigDiagnostics) -> ConfigNode? {
        let size = text.utf8.count
        guard size <= maximumBytes else {
            diagnostics.record(.syntax, line: nil,
                "the file is \(size / 1024) KiB; a hall configuration is a few kilobytes — is this the right file?")
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            record(error, text: text, diagnostics: diagnostics)
            return nil
        } catch {
            diagnostics.record(.syntax, line: nil, "invalid YAML")
            return nil
        }
        guard let root else {
            return ConfigNode(Node("", Tag(.null), .plain), path: .root, diagnostics: diagnostics)
        }
        var budget = maximumValues
        guard fits(root, budget: &budget) else {
            diagnostics.record(.syntax, line: root.mark?.line,
                "the document expands to more than \(maximumValues) values through aliases (*name)")
            return nil
        }
        return ConfigNode(root, path: .root, diagnostics: diagnostics)
    }

    /// Whether the tree, with aliases expanded, has at most `budget` values. Stops as
    /// soon as the budget is spent, so an alias bomb costs no more than the budget.
    private static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            for item in sequence where !fits(item, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                if !fits(key, budget: &budget) || !fits(value, budget: &budget) { return false }
            }
            return true
        }
    }

    private static func record(_ error: YamlError, text: String, diagnostics: ConfigDiagnostics) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: " + problem
            if problem.contains("Maximum nesting level") {
                message = "invalid YAML: nested more than 1000 levels deep"
            } else if problem == "but found another document" {
                message = "the file holds more than one YAML document (a second «---»); a hall configuration is one"
            } else if let context, context.mark.line != mark.line {
                message += " (\(context.text) on line \(context.mark.line))"
            } else if let context {
                message += " (\(context.text))"
            }
            if line(mark.line, of: text)?.contains("\t") == true {
                message += "; indent with spaces, not tabs"
            } else if let hint = hints[problem] {
                message += "; " + hint
            }
            diagnostics.record(.syntax, line: mark.line, column: mark.column, message)
        case .reader(let problem, let offset, let value, _):
            var message = "invalid YAML: " + problem
            if value >= 0 { message += String(format: " (character U+%04X)", value) }
            let line = offset.map { lineNumber(atCharacter: $0, in: text) }
            diagnostics.record(.syntax, line: line, message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { ConfigNode.quote($0) }.joined(separator: ", ")
            let phrase = duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear"
            diagnostics.record(.duplicate, line: context.mark.line, column: context.mark.column,
                               "\(phrase) more than once in the same map")
        case .memory:
            diagnostics.record(.syntax, line: nil, "invalid YAML: out of memory")
        default:
            diagnostics.record(.syntax, line: nil, "invalid YAML")
        }
    }

    /// What usually causes libyaml's terser problems in a hand-written file.
    private static let hints = [
        "mapping values are not allowed in this context":
            "check the indentation, and put a value that contains «: » in quotes",
        "did not find expected key": "check the indentation of this line and the one above",
        "did not find expected '-' indicator": "check the indentation of this list item",
    ]

    private static func line(_ number: Int, of text: String) -> Substring? {
        let lines = text.split(maxSplits: number, omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    private static func lineNumber(atCharacter offset: Int, in text: String) -> Int {
        1 + text.prefix(max(0, offset)).reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
    }
}
