import Foundation
import Synchronization
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonWeb

@Suite("The ticket pages' shared feed")
struct TicketPageFeedTests {
    @Test("200 pages and a burst of 40 calls and 38 finishes: a handful of estimates of the hall, not one per page and event")
    func throttled() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        for i in 0..<200 {
            _ = try await h.engine.submit(.issueTicket(IssueTicket(service: "issue")), id: CommandID("issue-\(i)"))
        }
        for w in ["w10", "w11"] { _ = try await h.engine.submit(.openWindow(window: WindowID(w)), id: CommandID("open-\(w)")) }
        let interval = Duration.milliseconds(200)
        let feed = TicketPageFeed(engine: h.engine, clock: h.clock, interval: interval, refresh: .seconds(600))
        let start = await h.engine.current.sequence

        // Every page counts what it gets, and remembers the newest sequence.
        let newest = Newest(pages: 200)
        var streams: [AsyncStream<TicketPageFeed.Snapshot>.Continuation] = []
        var readers: [Task<Void, Never>] = []
        for i in 0..<200 {
            let (snapshots, continuation) = feed.subscribe(atLeast: start)
            streams.append(continuation)
            readers.append(Task {
                for await s in snapshots { newest.set(i, s.state.sequence) }
            })
        }
        #expect(await SSEResumeTests.eventually(5) { newest.all { $0 >= start } })
        let before = feed.snapshotsTaken
        #expect(before == 1, "the 200 pages that came together share the first snapshot")

        let began = ContinuousClock.now
        for i in 0..<20 {
            for w in ["w10", "w11"] {
                _ = try? await h.engine.submit(.finishService(window: WindowID(w), outcome: .served), id: CommandID("fin-\(w)-\(i)"))
                _ = try await h.engine.submit(.callNext(window: WindowID(w)), id: CommandID("call-\(w)-\(i)"))
            }
        }
        let end = await h.engine.current.sequence
        #expect(end - start >= 78)
        #expect(await SSEResumeTests.eventually(10) { newest.all { $0 == end } },
                "every page gets the state after the burst")
        let elapsed = ContinuousClock.now - began
        let taken = feed.snapshotsTaken - before
        // At most one snapshot per interval while events come, and one for the tail.
        let bound = Int((elapsed / interval).rounded(.up)) + 1
        #expect(taken <= bound, "\(taken) snapshots for \(end - start) events in \(elapsed)")
        #expect(taken < Int(end - start), "fewer snapshots than events: \(taken)")

        for c in streams { c.finish() }
        for r in readers { await r.value }
        #expect(feed.pageCount == 0)
    }
}

/// The newest journal sequence each page has seen.
final class Newest: Sendable {
    private let sequences: Mutex<[Int64]>
    init(pages: Int) { sequences = Mutex([Int64](repeating: -1, count: pages)) }
    func set(_ page: Int, _ sequence: Int64) { sequences.withLock { $0[page] = sequence } }
    func all(_ condition: (Int64) -> Bool) -> Bool { sequences.withLock { $0.allSatisfy(condition) } }
}
