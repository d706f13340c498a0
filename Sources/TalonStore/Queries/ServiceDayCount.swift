public import TalonCore
import GRDB

/// How many tickets one service had on one business day, and how they ended.
public struct ServiceDayCount: Sendable, Hashable {
    public var businessDay: BusinessDay
    public var service: ServiceID
    public var issued: Int
    public var finished: Int
    public var noShow: Int
    public var cancelled: Int
    /// Still waiting, postponed, called or being served.
    public var live: Int

    public init(businessDay: BusinessDay, service: ServiceID, issued: Int, finished: Int,
                noShow: Int, cancelled: Int, live: Int) {
        self.businessDay = businessDay
        self.service = service
        self.issued = issued
        self.finished = finished
        self.noShow = noShow
        self.cancelled = cancelled
        self.live = live
    }
}

extension SQLiteJournal {
    /// Ticket counts per business day and service for the days `from…through`, ordered by
    /// day then service. Reads the `(business_day, service)` index only where it can.
    ///
    /// A transferred ticket counts under the service it was transferred to.
    public func serviceDayCounts(from: BusinessDay, through: BusinessDay) async throws -> [ServiceDayCount] {
        try await reading("ticket counts \(from)…\(through)") { [path] db in
            let statement = try db.cachedStatement(sql: """
                SELECT business_day, service, count(*),
                       sum(status = ?), sum(status = ?), sum(status = ?)
                FROM tickets WHERE business_day BETWEEN ? AND ?
                GROUP BY business_day, service ORDER BY business_day, service
                """)
            let rows = try Row.fetchCursor(statement, arguments: [
                TicketStatus.finished.rawValue, TicketStatus.noShow.rawValue, TicketStatus.cancelled.rawValue,
                from.description, through.description,
            ])
            var counts: [ServiceDayCount] = []
            while let row = try rows.next() {
                let dayText: String = row[0]
                guard let day = BusinessDay(iso: dayText) else {
                    throw StoreError.decodingFailed(path, "ticket counts",
                        TicketRow.Invalid(description: "business_day «\(dayText)» is not YYYY-MM-DD"))
                }
                let issued: Int = row[2], finished: Int = row[3], noShow: Int = row[4], cancelled: Int = row[5]
                counts.append(ServiceDayCount(businessDay: day, service: ServiceID(row[1] as String),
                                              issued: issued, finished: finished, noShow: noShow,
                                              cancelled: cancelled, live: issued - finished - noShow - cancelled))
            }
            return counts
        }
    }
}
