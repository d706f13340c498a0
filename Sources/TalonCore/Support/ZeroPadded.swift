extension Int {
    /// The number in decimal with leading zeros up to `width` digits: `7.zeroPadded(3)`
    /// is `"007"`. For ticket numbers, days and clock times on the engine's path, where
    /// `String(format:)` (a CoreFoundation format parse per call) showed in profiles.
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let padding = String(repeating: "0", count: Swift.max(width - digits.count, 0))
        return (self < 0 ? "-" : "") + padding + digits
    }
}
