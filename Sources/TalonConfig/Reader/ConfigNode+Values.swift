import Foundation
import Yams

/// Typed getters: each returns the value, or records an error about this node and
/// returns `nil`.
extension ConfigNode {
    /// The text of a scalar, as written (`42` gives "42").
    func string() -> String? {
        guard case .text(let text) = kind else {
            reportWrongType(expected: "text")
            return nil
        }
        return text
    }

    /// A whole number, optionally within `range`.
    func int(in range: ClosedRange<Int>? = nil) -> Int? {
        guard case .text(let raw) = kind else {
            reportWrongType(expected: "a whole number")
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        guard let value = Int(text) else {
            if !text.isEmpty, text.dropFirst(text.first == "-" || text.first == "+" ? 1 : 0)
                .allSatisfy({ $0.isASCII && $0.isNumber }) {
                report(.invalidValue, "\(found) is too large a number")
            } else {
                reportWrongType(expected: "a whole number")
            }
            return nil
        }
        if let range, !range.contains(value) {
            report(.invalidValue, "must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    /// A finite number (`12`, `7.5`), optionally within `range`.
    func double(in range: ClosedRange<Double>? = nil) -> Double? {
        guard case .text(let raw) = kind else {
            reportWrongType(expected: "a number")
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        // Only plain decimals: Double("nan"), Double("0x1p3") and YAML's `.inf` are not
        // what anyone means in a hall configuration.
        let isDecimal = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        guard isDecimal, let value = Double(text) else {
            reportWrongType(expected: "a number")
            return nil
        }
        guard value.isFinite else {
            report(.invalidValue, "\(found) is too large a number")
            return nil
        }
        if let range, !range.contains(value) {
            report(.invalidValue, "must be from \(ConfigNode.format(range.lowerBound)) to "
                   + "\(ConfigNode.format(range.upperBound)), found \(ConfigNode.format(value))")
            return nil
        }
        return value
    }

    /// `true` or `false` (also `yes`/`no`, `on`/`off`, in any case).
    func bool() -> Bool? {
        guard case .text(let text) = kind else {
            reportWrongType(expected: "true or false")
            return nil
        }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            reportWrongType(expected: "true or false")
            return nil
        }
    }

    /// The items of a list, each knowing its index (`services[3]`).
    func list() -> [ConfigNode]? {
        guard case .sequence(let sequence) = yaml else {
            reportWrongType(expected: "a list")
            return nil
        }
        return Array(sequence).enumerated().map { index, item in
            ConfigNode(item, path: path.appending(index: index), diagnostics: diagnostics, fallbackLine: line)
        }
    }

    /// This node as a map, checking its keys against `allowedKeys` when given (an
    /// unknown key is reported with the closest allowed key as a suggestion).
    func map(allowedKeys: [String]? = nil) -> ConfigMap? {
        guard case .mapping(let mapping) = yaml else {
            reportWrongType(expected: "a map of keys and values")
            return nil
        }
        var entries: [ConfigMap.Entry] = []
        for (key, value) in mapping {
            let keyNode = ConfigNode(key, path: path, diagnostics: diagnostics, fallbackLine: line)
            guard case .text(let name) = keyNode.kind else {
                keyNode.report(.wrongType, "a key must be text, found \(keyNode.found)")
                continue
            }
            let valuePath = path.appending(key: name)
            entries.append(ConfigMap.Entry(
                key: name, keyLine: keyNode.line,
                value: ConfigNode(value, path: valuePath, diagnostics: diagnostics, fallbackLine: keyNode.line)))
        }
        let map = ConfigMap(node: self, entries: entries)
        if let allowedKeys { map.checkKeys(allowed: allowedKeys) }
        return map
    }

    /// `12`, `7.5`: a number as a person writes it.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
