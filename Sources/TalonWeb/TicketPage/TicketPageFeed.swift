import Foundation
import Synchronization
import TalonCore

/// The hall as the ticket pages see it, worked out once for all of them.
///
/// A phone on `/t/<token>` wants its ticket's place and expected wait again after every
/// call, finish, no-show, transfer, cancellation or new ticket. Working that out plays
/// the calling policy forward (``WaitEstimator``): too much to do per phone and per
/// event when 200 phones watch a busy hall. So one loop listens to the engine's events
/// and, at most once per `interval`, reads the state once and estimates every waiting
/// ticket once — off the engine, as `/api/v1/queue` does — and hands that same
/// ``Snapshot`` to every page; a page then only looks its own ticket up. A page keeps
/// just the newest snapshot, so a slow phone skips stale ones instead of queueing them.
///
/// Estimates drift as hall time passes with nothing happening, so the loop also takes a
/// snapshot every `refresh`; pages use those as their keep-alive.
///
/// The loop runs only while a page watches: the first one starts it and the last one
/// to leave stops it. It is not a `Service` for that reason: an idle hall pays nothing.
final class TicketPageFeed: Sendable {
    /// One read of the hall and the estimates that go with it.
    struct Snapshot: Sendable {
        let state: HallState
        let estimates: [TicketID: WaitEstimate]
    }

    private struct Shared {
        var pages: [UUID: AsyncStream<Snapshot>.Continuation] = [:]
        var loop: Task<Void, Never>?
        /// Asks the running loop for a snapshot soon; many asks in a row make one.
        var poke: AsyncStream<Void>.Continuation?
        var latest: Snapshot?
    }

    let engine: HallEngine
    let clock: any HallClock
    /// The least time between two snapshots: a burst of events makes one.
    let interval: Duration
    /// A snapshot at least this often while pages watch.
    let refresh: Duration
    private let shared = Mutex(Shared())
    private let taken = Atomic<Int>(0)

    init(engine: HallEngine, clock: any HallClock, interval: Duration = .milliseconds(250), refresh: Duration) {
        self.engine = engine
        self.clock = clock
        self.interval = interval
        self.refresh = refresh
    }

    /// A page's stream of snapshots, beginning with one as of journal `sequence` or later.
    /// Finishing the continuation leaves the feed.
    func subscribe(atLeast sequence: Int64) -> (AsyncStream<Snapshot>, AsyncStream<Snapshot>.Continuation) {
        let (stream, continuation) = AsyncStream<Snapshot>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        continuation.onTermination = { [weak self] _ in self?.leave(id) }
        shared.withLock { s in
            s.pages[id] = continuation
            if let latest = s.latest, latest.state.sequence >= sequence {
                continuation.yield(latest)
            } else {
                s.poke?.yield()
            }
            if s.loop == nil {
                let (signal, poke) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
                s.poke = poke
                s.loop = Task { await self.run(signal, poke) }
            }
        }
        return (stream, continuation)
    }

    /// Pages watching now.
    var pageCount: Int { shared.withLock { $0.pages.count } }

    /// Snapshots taken since the feed was made (each one a full estimate of the hall).
    var snapshotsTaken: Int { taken.load(ordering: .relaxed) }

    private func leave(_ id: UUID) {
        shared.withLock { s in
            s.pages[id] = nil
            guard s.pages.isEmpty else { return }
            s.loop?.cancel()
            s.loop = nil
            s.poke = nil
            s.latest = nil
        }
    }

    private func run(_ signal: AsyncStream<Void>, _ poke: AsyncStream<Void>.Continuation) async {
        // Listen before the first read, so no event falls between the two.
        let events = engine.events(buffer: 4096)
        poke.yield()
        await withDiscardingTaskGroup { group in
            group.addTask {
                // A gap (the engine dropped events for a slow listener) needs no catching
                // up: the next snapshot reads the whole state anyway.
                for await e in events where e.event.movesTicketPages { poke.yield() }
            }
            group.addTask { [refresh] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: refresh)
                    poke.yield()
                }
            }
            for await _ in signal {
                let state = await engine.current
                let estimates = engine.estimator.estimates(in: state, now: clock.now())
                taken.add(1, ordering: .relaxed)
                publish(Snapshot(state: state, estimates: estimates))
                try? await Task.sleep(for: interval)
            }
            group.cancelAll()
        }
    }

    private func publish(_ snapshot: Snapshot) {
        guard !Task.isCancelled else { return }
        let pages = shared.withLock { s in
            s.latest = snapshot
            return Array(s.pages.values)
        }
        for page in pages { page.yield(snapshot) }
    }
}

extension Event {
    /// Whether this event can change what a ticket page shows: its own ticket's state, or
    /// the place and expected wait of any waiting ticket (a call, finish, no-show,
    /// transfer, cancellation, new ticket, a window opening or closing). Ratings, device
    /// reports, bookings and sign-ins do not.
    var movesTicketPages: Bool {
        switch self {
        case .ratingRecorded, .deviceStatusChanged, .appointmentBooked, .checkInRefused,
             .consultantSignedIn, .consultantSignedOut, .noticeLoaded, .ticketPrinted:
            false
        default:
            true
        }
    }
}
