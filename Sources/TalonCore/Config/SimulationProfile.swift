/// How visitors arrive and behave in a simulated day: `talon simulate` and `talon demo`.
public struct SimulationProfile: Sendable, Codable, Hashable {
    /// Arrivals per hour, per weekday, by local hour of day (index 0 = 00:00–01:00).
    /// Missing weekdays use `defaultHourly`.
    public var hourly: [Weekday: [Double]]
    public var defaultHourly: [Double]
    /// Share of arrivals per service (normalised when used).
    public var serviceMix: [ServiceID: Double]
    /// Share of visitors who claim a priority category, where the service allows one.
    public var priorityShare: Double
    /// Share of called visitors who never come to the window.
    public var noShowRate: Double
    /// Share of served visitors who press a rating button.
    public var ratingRate: Double
    /// Windows the simulated consultants work; `nil` is all.
    public var staffedWindows: [WindowID]?

    public init(hourly: [Weekday: [Double]] = [:], defaultHourly: [Double],
                serviceMix: [ServiceID: Double], priorityShare: Double = 0.05,
                noShowRate: Double = 0.05, ratingRate: Double = 0.4,
                staffedWindows: [WindowID]? = nil) {
        self.hourly = hourly
        self.defaultHourly = defaultHourly
        self.serviceMix = serviceMix
        self.priorityShare = priorityShare
        self.noShowRate = noShowRate
        self.ratingRate = ratingRate
        self.staffedWindows = staffedWindows
    }

    /// Arrivals per hour at `hour` on `weekday`.
    public func rate(on weekday: Weekday, hour: Int) -> Double {
        let row = hourly[weekday] ?? defaultHourly
        return hour >= 0 && hour < row.count ? row[hour] : 0
    }
}
