import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport

/// A child `talon` applies commands from eight submitters while the test kills it with
/// SIGKILL at random moments; after every kill the journal must hold every command the
/// child acknowledged, no number may be issued twice, and SQLite must be intact.
@Suite(.serialized) struct CrashTests {
    @Test func killedAtRandomMomentsLosesNothing() async throws {
        let folder = try TempFolder("crash")
        defer { folder.remove() }
        let db = folder.file("hall.sqlite")
        var rng = SeededGenerator(seed: UInt64(Date().timeIntervalSince1970))
        var acknowledged: [String: String] = [:]
        let base = ManualClock.date("2026-11-23 10:00")
        let iso = ISO8601DateFormatter()
        var kills = 0

        for run in 0..<50 {
            // A business day per run: the hall's daily limits and its 999 numbers per service
            // start afresh, so the worker always has commands the hall accepts.
            let start = iso.string(from: base.addingTimeInterval(Double(run) * 86_400))
            let child = try Child(["crash-worker", "--db", db, "--start", start, "--prefix", "r\(run)",
                                   "--submitters", "8"])
            try #require(await child.waitFor("READY", timeout: 30), "worker did not start: \(child.output)")
            // Kill only once it has acknowledged something, so every run tests real work
            // however slow the machine is; then at a random moment after that.
            try #require(await child.waitFor("ACK ", timeout: 60), "worker acknowledged nothing: \(child.output)")
            try await Task.sleep(for: .microseconds(10_000 + Int(rng.next() % 250_000)))
            child.kill(SIGKILL)
            let (status, out) = await child.wait()
            #expect(status == 128 + SIGKILL, "the worker died of the kill, not of its own")
            kills += 1
            for line in out.split(separator: "\n") where line.hasPrefix("ACK ") {
                let parts = line.split(separator: " ")
                if parts.count == 3 { acknowledged[String(parts[1])] = String(parts[2]) }
            }

            let queue = try DatabaseQueue(path: db)
            let acknowledged = acknowledged
            try await queue.read { conn in
                let integrity = try String.fetchOne(conn, sql: "PRAGMA integrity_check")
                #expect(integrity == "ok", "run \(run): \(integrity ?? "nil")")
                let known = Set(try String.fetchAll(conn, sql: "SELECT id FROM commands"))
                let missing = acknowledged.keys.filter { !known.contains($0) }
                #expect(missing.isEmpty, "run \(run): acknowledged but not in the journal: \(missing.prefix(5))")
                // Printed numbers wrap after 999 and may be reused once their ticket has
                // left the hall; never while it is still in it.
                let duplicates = try Row.fetchAll(conn, sql: """
                    SELECT a.business_day, a.label, a.id AS first, b.id AS second FROM tickets a
                    JOIN tickets b ON b.business_day = a.business_day AND b.label = a.label AND b.id <> a.id
                    WHERE a.issued_at <= b.issued_at AND (a.finished_at IS NULL OR a.finished_at > b.issued_at)
                    """)
                #expect(duplicates.isEmpty, "run \(run): numbers issued twice: \(duplicates.prefix(3))")
                // Every acknowledged ticket is in the read model under the number the child printed.
                let issuedLabels = try Row.fetchAll(conn, sql: """
                    SELECT e.command_id, t.label FROM events e JOIN tickets t ON t.id = e.ticket_id
                    WHERE e.type = 'ticket.issued'
                    """)
                let labelOf = Dictionary(issuedLabels.map { ($0["command_id"] as String, $0["label"] as String) },
                                         uniquingKeysWith: { a, _ in a })
                for (id, label) in acknowledged where label != "-" {
                    if let stored = labelOf[id] { #expect(stored == label, "\(id): printed \(label), journal \(stored)") }
                }
            }
            try queue.close()
        }
        #expect(kills == 50)
        #expect(acknowledged.count >= 50, "every run acknowledged commands before its kill (\(acknowledged.count) in all)")
    }
}
