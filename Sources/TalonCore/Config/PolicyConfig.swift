/// Policy settings of the hall.
public struct PolicyConfig: Sendable, Codable, Hashable {
    /// How many times a called ticket may be recalled before the next recall makes it
    /// a no-show.
    public var recallLimit: Int
    /// A called ticket not started within this many seconds of its last call is a no-show.
    public var noShowTimeoutSeconds: Double
    /// No ticket waits longer than this while others jump it: past it, the oldest
    /// overdue ticket a window may serve is called first.
    public var maxWaitSeconds: Double
    /// Rating presses at one window closer together than this are kept but flagged.
    public var ratingMisuseIntervalSeconds: Double
    /// A rating press is attached to the ticket finished at that window within this time.
    public var ratingAttachSeconds: Double
    /// A booked visitor may check in this early before the slot…
    public var appointmentEarlySeconds: Double
    /// …and this late after it.
    public var appointmentLateSeconds: Double
    /// Refuse tickets outside opening hours (kiosks show the next opening time).
    public var issueOnlyWhenOpen: Bool
    /// A checked-in appointment is due this long before its slot time, so a booked
    /// visitor at their slot goes ahead of walk-ins who came up to this much earlier.
    public var appointmentAdvanceSeconds: Double
    /// A kiosk issues at most this many tickets a minute (a child pressing again and
    /// again); `nil` is unlimited.
    public var kioskTicketsPerMinute: Int?

    public init(recallLimit: Int = 2, noShowTimeoutSeconds: Double = 180,
                maxWaitSeconds: Double = 30 * 60, ratingMisuseIntervalSeconds: Double = 3,
                ratingAttachSeconds: Double = 180, appointmentEarlySeconds: Double = 30 * 60,
                appointmentLateSeconds: Double = 15 * 60, issueOnlyWhenOpen: Bool = true,
                appointmentAdvanceSeconds: Double = 20 * 60, kioskTicketsPerMinute: Int? = 6) {
        self.recallLimit = recallLimit
        self.noShowTimeoutSeconds = noShowTimeoutSeconds
        self.maxWaitSeconds = maxWaitSeconds
        self.ratingMisuseIntervalSeconds = ratingMisuseIntervalSeconds
        self.ratingAttachSeconds = ratingAttachSeconds
        self.appointmentEarlySeconds = appointmentEarlySeconds
        self.appointmentLateSeconds = appointmentLateSeconds
        self.issueOnlyWhenOpen = issueOnlyWhenOpen
        self.appointmentAdvanceSeconds = appointmentAdvanceSeconds
        self.kioskTicketsPerMinute = kioskTicketsPerMinute
    }
}
