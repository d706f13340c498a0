public import TalonCore
import GRDB

extension SQLiteJournal {
    /// The windows the events have mentioned, by id, as the read model has them.
    ///
    /// A window configured but never opened, called at or signed in to has no row.
    public func windows() async throws -> [WindowState] {
        try await reading("the windows") { [path] db in
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT id, mode, consultant, current_ticket, last_finished, last_finished_at, last_rating_at
                FROM windows ORDER BY id
                """))
            var windows: [WindowState] = []
            while let row = try rows.next() {
                let id: String = row[0]
                let modeText: String = row[1]
                guard let mode = WindowMode(rawValue: modeText) else {
                    throw StoreError.decodingFailed(path, "window \(id)",
                                                    TicketRow.Invalid(description: "unknown mode «\(modeText)»"))
                }
                var w = WindowState(id: WindowID(id), mode: mode)
                w.consultant = (row[2] as String?).map(ConsultantID.init)
                w.current = (row[3] as String?).map(TicketID.init)
                w.lastFinished = (row[4] as String?).map(TicketID.init)
                w.lastFinishedAt = (row[5] as Int64?).map(UnixNanos.date)
                w.lastRatingAt = (row[6] as Int64?).map(UnixNanos.date)
                windows.append(w)
            }
            return windows
        }
    }
}
