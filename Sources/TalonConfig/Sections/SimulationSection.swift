import TalonCore

/// `simulation:` — how visitors arrive and behave in `talon simulate` and `talon demo`.
///
/// ```yaml
/// simulation:
///   arrivals:             # visitors per hour, 24 values from 00:00
///     default: [0, 0, …]
///     sat: [0, 0, …]
///   service_mix: {passport: 0.25, consultation: 0.2}
///   priority_share: 0.06
///   staffed_windows: [w1, w2]
/// ```
enum SimulationSection {
    static let keys = ["arrivals", "service_mix", "priority_share", "no_show_rate", "rating_rate",
                       "staffed_windows"]

    static func parse(_ node: ConfigNode?, references: HallReferences) -> SimulationProfile? {
        guard let node, !node.isEmpty, let map = node.map(allowedKeys: keys) else { return nil }
        let errorsBefore = node.diagnostics.count
        let arrivals = map.map("arrivals", allowedKeys: ["default"] + Weekday.allCases.map(\.rawValue))
            .flatMap(arrivals(at:))
        let mix = map.optional("service_mix").flatMap { serviceMix(at: $0, references: references) }
        let priorityShare = map.optionalDouble("priority_share", in: 0...1) ?? 0.05
        let noShowRate = map.optionalDouble("no_show_rate", in: 0...1) ?? 0.05
        let ratingRate = map.optionalDouble("rating_rate", in: 0...1) ?? 0.4
        let staffed = map.optional("staffed_windows").flatMap { staffedWindows(at: $0, references: references) }
        guard node.diagnostics.count == errorsBefore, let arrivals else { return nil }
        return SimulationProfile(hourly: arrivals.hourly, defaultHourly: arrivals.fallback,
                                 serviceMix: mix ?? Dictionary(uniqueKeysWithValues: references.services.map {
                                     (ServiceID($0), 1.0)
                                 }),
                                 priorityShare: priorityShare, noShowRate: noShowRate, ratingRate: ratingRate,
                                 staffedWindows: staffed)
    }

    /// Rows of 24 hourly rates by weekday; `default` fills the days not given.
    static func arrivals(at map: ConfigMap) -> (hourly: [Weekday: [Double]], fallback: [Double])? {
        var hourly: [Weekday: [Double]] = [:]
        var fallback: [Double]?
        var valid = true
        for entry in map.entries {
            guard let row = row(at: entry.value) else { valid = false; continue }
            if let day = Weekday(rawValue: entry.key) { hourly[day] = row } else if entry.key == "default" { fallback = row }
        }
        guard valid else { return nil }
        if fallback == nil, hourly.count < Weekday.allCases.count {
            map.report(.missingKey, "give a «default» row, or a row for each of mon, tue, wed, thu, fri, sat, sun")
            return nil
        }
        return (hourly, fallback ?? hourly[.mon] ?? [])
    }

    static func row(at node: ConfigNode) -> [Double]? {
        guard let items = node.list() else { return nil }
        guard items.count == 24 else {
            node.report(.invalidValue, "give 24 hourly arrival rates (from 00:00 to 23:00), found \(items.count)")
            return nil
        }
        let values = items.map { $0.double(in: 0...10_000) }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    static func serviceMix(at node: ConfigNode, references: HallReferences) -> [ServiceID: Double]? {
        guard let map = node.map() else { return nil }
        var mix: [ServiceID: Double] = [:]
        for entry in map.entries {
            let known = references.check(entry.key, among: references.services, what: "service",
                                         section: "services", at: entry.value) != nil
            if let share = entry.value.double(in: 0...1_000_000), known { mix[ServiceID(entry.key)] = share }
        }
        if !mix.isEmpty, mix.values.reduce(0, +) <= 0 {
            map.report(.invalidValue, "at least one service needs a share above 0")
            return nil
        }
        return mix
    }

    static func staffedWindows(at node: ConfigNode, references: HallReferences) -> [WindowID]? {
        guard let items = node.list() else { return nil }
        var seen = UniqueCheck<WindowID, Void>()
        var result: [WindowID] = []
        for item in items {
            guard let window = references.window(at: item) else { continue }
            if seen.claim(window, by: (), at: item, message: { _ in "«\(window)» is listed twice" }) {
                result.append(window)
            }
        }
        return result
    }
}
