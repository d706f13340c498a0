import TalonCore

/// `hours:` — one range for every day, or a map by weekday with an optional `default`:
///
/// ```yaml
/// hours: "08:00-20:00"
/// hours: {default: "08:00-20:00", sat: "10:00-17:00", sun: closed}
/// ```
enum OpeningHoursField {
    static let keys = ["default"] + Weekday.allCases.map(\.rawValue)

    static func parse(_ node: ConfigNode) -> [Weekday: OpeningHours]? {
        if case .text = node.kind {
            guard let range = range(at: node) else { return nil }
            var result: [Weekday: OpeningHours] = [:]
            for day in Weekday.allCases { result[day] = range }
            return result
        }
        guard let map = node.map(allowedKeys: keys) else { return nil }
        var result: [Weekday: OpeningHours] = [:]
        var valid = true
        var fallback: OpeningHours?
        if let node = map["default"] {
            guard let range = range(at: node) else { return nil }
            fallback = range
        }
        for day in Weekday.allCases {
            guard let dayNode = map[day.rawValue] else {
                result[day] = fallback
                continue
            }
            switch range(at: dayNode) {
            case .some(let hours): result[day] = hours
            case .none: valid = false
            }
        }
        if map.entries.isEmpty { map.report(.invalidValue, "give the opening hours, such as «08:00-20:00»") }
        return valid && !map.entries.isEmpty ? result : nil
    }

    /// `08:00-20:00`, or `closed` (also an empty value). `nil` after an error; `.some(nil)`
    /// for a closed day.
    static func range(at node: ConfigNode) -> OpeningHours?? {
        if node.isEmpty { return .some(nil) }
        guard let text = node.string() else { return nil }
        if ["closed", "выходной"].contains(text.lowercased()) { return .some(nil) }
        guard let hours = OpeningHours(parsing: text) else {
            node.report(.invalidValue, "\(node.found) is not opening hours: write «08:00-20:00», "
                        + "closing after opening on the same day, or «closed»")
            return nil
        }
        return .some(hours)
    }
}
