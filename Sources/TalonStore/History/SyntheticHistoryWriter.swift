import Foundation
import TalonCore
import GRDB

extension SQLiteJournal {
    /// Inserts ``SyntheticHistory/tickets`` historical tickets in one transaction with
    /// one prepared statement. Returns nil when asked for none.
    ///
    /// The only place the journal runs with `synchronous=OFF`: a bulk load that can be
    /// redone from scratch if the machine fails during it. FULL is back on the writer
    /// connection before this returns, thrown or not. Throws ``StoreError`` if a ticket
    /// id is already there (history overlapping real days).
    @discardableResult
    public func insertSyntheticHistory(_ history: SyntheticHistory) async throws -> SyntheticHistory.Summary? {
        guard history.tickets > 0 else { return nil }
        guard !history.services.isEmpty, !history.windows.isEmpty, history.ticketsPerDay > 0 else {
            throw StoreError.invalidArgument(path,
                "synthetic history for \(path) needs at least one service, one window and ticketsPerDay ≥ 1")
        }
        let days = (history.tickets + history.ticketsPerDay - 1) / history.ticketsPerDay
        let calendar = HistoryCalendar(before: history.before)
        return try await writing("synthetic history", transaction: false) { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
            defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
            try db.inTransaction {
                let insert = try db.makeStatement(sql: "INSERT INTO tickets (\(TicketRow.columns)) VALUES (\(TicketRow.placeholders))")
                var random = SeededGenerator(seed: history.seed)
                var written = 0
                for dayIndex in 0..<days {
                    let (day, opening) = calendar.day(dayIndex - days) // oldest first
                    let dayCompact = DayText.compact(day)
                    var counters = [Int](repeating: 0, count: history.services.count)
                    let perDay = min(history.ticketsPerDay, history.tickets - written)
                    let spacing = 36_000.0 / Double(perDay) // ten hours of issuing
                    for i in 0..<perDay {
                        let s = i % history.services.count
                        counters[s] += 1
                        let ticket = makeTicket(number: counters[s], service: s, index: written,
                                                day: day, dayCompact: dayCompact, issuedAt: opening.addingTimeInterval(Double(i) * spacing),
                                                history: history, random: &random)
                        insert.setUncheckedArguments(TicketRow.arguments(ticket))
                        try insert.execute()
                        written += 1
                    }
                }
                return .commit
            }
            let first = calendar.day(-days).day, last = calendar.day(-1).day
            return SyntheticHistory.Summary(tickets: history.tickets, firstDay: first, lastDay: last)
        }
    }
}

private let prefixes = Array("АБВГДЕЖИКЛМНПРСТУФХЦЧШЭЮЯ")

private func makeTicket(number: Int, service s: Int, index: Int, day: BusinessDay, dayCompact: String, issuedAt: Date,
                        history: SyntheticHistory, random: inout SeededGenerator) -> Ticket {
    let service = history.services[s]
    var t = Ticket(id: TicketID(dayCompact + "-" + service.rawValue + "-" + String(number)), number: number,
                   label: String(prefixes[s % prefixes.count]) + DayText.padded((number - 1) % 999 + 1, 3),
                   service: service, businessDay: day,
                   category: index % 15 == 4 ? "disabled" : nil,
                   language: index % 10 == 3 ? .en : .ru, issuedAt: issuedAt)
    let window = history.windows[index % history.windows.count]
    let called = issuedAt.addingTimeInterval(Double(random.next() % 1_800))
    t.window = window
    t.firstCalledAt = called
    t.calledAt = called
    if index % 20 == 7 {
        t.status = .noShow
        t.outcome = .noShow
        t.finishedAt = called.addingTimeInterval(120)
    } else if index % 50 == 13 {
        t = Ticket(id: t.id, number: t.number, label: t.label, service: t.service, businessDay: day,
                   category: t.category, language: t.language, issuedAt: issuedAt)
        t.status = .cancelled
        t.outcome = .cancelled
        t.finishedAt = issuedAt.addingTimeInterval(600)
    } else {
        let started = called.addingTimeInterval(Double(15 + random.next() % 60))
        t.startedAt = started
        t.finishedAt = started.addingTimeInterval(Double(180 + random.next() % 900))
        t.status = .finished
        t.outcome = index % 12 == 5 ? .incomplete : .served
    }
    return t
}

/// Business days counted back from a day, each with its 09:00 Moscow (06:00Z) opening.
private struct HistoryCalendar {
    let base: Date

    init(before: BusinessDay) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        base = calendar.date(from: DateComponents(year: before.year, month: before.month, day: before.day, hour: 6))!
    }

    /// The day `offset` days from `before` (negative: earlier).
    func day(_ offset: Int) -> (day: BusinessDay, opening: Date) {
        let opening = base.addingTimeInterval(Double(offset) * 86_400) // UTC has no DST
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: opening)
        return (BusinessDay(year: c.year!, month: c.month!, day: c.day!), opening)
    }
}
