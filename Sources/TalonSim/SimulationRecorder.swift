import Foundation
public import TalonCore

/// Collects what happened to each simulated ticket.
struct SimulationRecorder {
    struct Record {
        var service: ServiceID
        var issuedAt: Date
        var estimate: Double?
        var calledAt: Date?
        var serviceSeconds: Double?
        var noShow = false
    }

    let config: HallConfig
    var records: [TicketID: Record] = [:]
    var longestQueue: [ServiceID: Int] = [:]
    var ratings: [Rating] = []
    var refused = 0

    init(config: HallConfig) { self.config = config }

    mutating func issued(_ a: TicketAnswer, at time: Date) {
        records[a.ticket.id] = Record(service: a.ticket.service, issuedAt: time, estimate: a.estimate?.seconds)
    }

    mutating func called(_ a: TicketAnswer, at time: Date) {
        if records[a.ticket.id]?.calledAt == nil { records[a.ticket.id]?.calledAt = time }
    }

    mutating func finished(_ a: TicketAnswer) {
        guard let s = a.ticket.startedAt, let f = a.ticket.finishedAt else { return }
        records[a.ticket.id]?.serviceSeconds = f.timeIntervalSince(s)
    }

    mutating func noShow(_ id: TicketID) { records[id]?.noShow = true }

    mutating func rated(_ r: Rating) { ratings.append(r) }

    mutating func observeQueue(_ state: HallState) {
        for (s, n) in state.waiting.counts { longestQueue[s] = max(longestQueue[s] ?? 0, n) }
    }

    func report(seed: UInt64, days: Int) -> SimulationReport {
        var perService: [SimulationReport.Figures] = []
        for s in config.services {
            let rs = records.values.filter { $0.service == s.id }
            perService.append(figures(name: s.id.rawValue, rs, longest: longestQueue[s.id] ?? 0))
        }
        let total = figures(name: "total", Array(records.values), longest: longestQueue.values.max() ?? 0)
        let counted = ratings.filter { !$0.misuse }
        let happy = counted.isEmpty ? nil : Double(counted.filter { $0.score >= 3 }.count) / Double(counted.count)
        return SimulationReport(seed: seed, days: days, services: perService, total: total,
                                ratings: ratings.count, happyIndex: happy, refused: refused)
    }

    private func figures(name: String, _ rs: [Record], longest: Int) -> SimulationReport.Figures {
        let waits = rs.compactMap { r in r.calledAt.map { $0.timeIntervalSince(r.issuedAt) } }
        let wait = Quantiles(waits)
        let services = rs.compactMap(\.serviceSeconds)
        let errors = rs.compactMap { r -> Double? in
            guard let e = r.estimate, let c = r.calledAt else { return nil }
            return abs(e - c.timeIntervalSince(r.issuedAt))
        }
        return SimulationReport.Figures(
            name: name,
            issued: rs.count,
            served: services.count,
            noShows: rs.filter(\.noShow).count,
            meanWait: waits.isEmpty ? nil : waits.reduce(0, +) / Double(waits.count),
            p50Wait: wait.p50, p90Wait: wait.value(0.9),
            meanService: services.isEmpty ? nil : services.reduce(0, +) / Double(services.count),
            within15: waits.isEmpty ? nil : Double(waits.filter { $0 <= 900 }.count) / Double(waits.count),
            longestQueue: longest,
            estimateMedianAbsError: Quantiles(errors).p50)
    }
}

/// What `talon simulate` prints.
public struct SimulationReport: Sendable, Codable, Equatable {
    public struct Figures: Sendable, Codable, Equatable {
        public var name: String
        public var issued: Int
        public var served: Int
        public var noShows: Int
        public var meanWait: Double?
        public var p50Wait: Double?
        public var p90Wait: Double?
        public var meanService: Double?
        /// Share of called visitors called within 15 minutes (the norm).
        public var within15: Double?
        public var longestQueue: Int
        /// Median |estimate at issue − real wait|, seconds.
        public var estimateMedianAbsError: Double?
    }

    public var seed: UInt64
    public var days: Int
    public var services: [Figures]
    public var total: Figures
    public var ratings: Int
    public var happyIndex: Double?
    public var refused: Int

    /// JSON with sorted keys and rounded seconds.
    public func json() -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? e.encode(rounded())) ?? Data(), as: UTF8.self)
    }

    func rounded() -> SimulationReport {
        func r(_ f: Figures) -> Figures {
            var f = f
            let round1: (Double?) -> Double? = { $0.map { ($0 * 10).rounded() / 10 } }
            f.meanWait = round1(f.meanWait); f.p50Wait = round1(f.p50Wait); f.p90Wait = round1(f.p90Wait)
            f.meanService = round1(f.meanService); f.estimateMedianAbsError = round1(f.estimateMedianAbsError)
            f.within15 = f.within15.map { ($0 * 1000).rounded() / 1000 }
            return f
        }
        var copy = self
        copy.services = services.map(r)
        copy.total = r(total)
        copy.happyIndex = happyIndex.map { ($0 * 1000).rounded() / 1000 }
        return copy
    }

    /// A table for people, in Russian with English headings.
    public func text(config: HallConfig) -> String {
        func m(_ s: Double?) -> String { s.map { String(format: "%.1f", $0 / 60) } ?? "—" }
        func p(_ x: Double?) -> String { x.map { String(format: "%.0f%%", $0 * 100) } ?? "—" }
        var lines = ["Симуляция / simulation: \(days) дн., seed \(seed) — \(config.center.name.ru)", ""]
        let header = "услуга / service".padding(toLength: 34, withPad: " ", startingAt: 0)
            + "выдано обсл. неявка  ср.ож  p50  p90  ≤15м  обсл.  макс.оч  ош.прогн(мин)"
        lines.append(header)
        for f in services + [total] {
            let name = (config.service(ServiceID(f.name))?.name.ru ?? "Итого / total")
            lines.append(name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%6d %5d %6d ", f.issued, f.served, f.noShows)
                + [m(f.meanWait), m(f.p50Wait), m(f.p90Wait), p(f.within15), m(f.meanService)]
                    .map { $0.padding(toLength: 6, withPad: " ", startingAt: 0) }.joined()
                + String(format: "%6d   ", f.longestQueue) + m(f.estimateMedianAbsError))
        }
        lines.append("")
        lines.append("Оценки / ratings: \(ratings), индекс удовлетворённости / happy index: \(p(happyIndex))")
        lines.append("Время в минутах / times in minutes.")
        return lines.joined(separator: "\n")
    }
}
