import TalonCore

/// `policy:` — calling, no-show, rating and appointment rules. Every key is optional;
/// an absent one keeps ``PolicyConfig``'s default. `kiosk_tickets_per_minute: unlimited`
/// lifts the kiosk's rate limit.
enum PolicySection {
    static let keys = ["recall_limit", "no_show_timeout_seconds", "max_wait_minutes",
                       "rating_misuse_interval_seconds", "rating_attach_seconds",
                       "appointment_early_minutes", "appointment_late_minutes", "appointment_advance_minutes",
                       "issue_only_when_open", "kiosk_tickets_per_minute"]

    static func parse(_ node: ConfigNode?) -> PolicyConfig? {
        var policy = PolicyConfig()
        guard let node, !node.isEmpty else { return policy }
        guard let map = node.map(allowedKeys: keys) else { return nil }
        let errorsBefore = node.diagnostics.count
        if let value = map.optionalInt("recall_limit", in: 0...20) { policy.recallLimit = value }
        if let value = map.optionalDouble("no_show_timeout_seconds", in: 1...3600) {
            policy.noShowTimeoutSeconds = value
        }
        if let value = map.optionalDouble("max_wait_minutes", in: 1...24 * 60) { policy.maxWaitSeconds = value * 60 }
        if let value = map.optionalDouble("rating_misuse_interval_seconds", in: 0...600) {
            policy.ratingMisuseIntervalSeconds = value
        }
        if let value = map.optionalDouble("rating_attach_seconds", in: 1...3600) { policy.ratingAttachSeconds = value }
        if let value = map.optionalDouble("appointment_early_minutes", in: 0...24 * 60) {
            policy.appointmentEarlySeconds = value * 60
        }
        if let value = map.optionalDouble("appointment_late_minutes", in: 0...24 * 60) {
            policy.appointmentLateSeconds = value * 60
        }
        if let value = map.optionalDouble("appointment_advance_minutes", in: 0...24 * 60) {
            policy.appointmentAdvanceSeconds = value * 60
        }
        if let value = map.optionalBool("issue_only_when_open") { policy.issueOnlyWhenOpen = value }
        if let node = map.optional("kiosk_tickets_per_minute") {
            if case .text("unlimited") = node.kind {
                policy.kioskTicketsPerMinute = nil
            } else if let value = node.int(in: 1...600) {
                policy.kioskTicketsPerMinute = value
            }
        }
        return node.diagnostics.count == errorsBefore ? policy : nil
    }
}
