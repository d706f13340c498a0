import Foundation
public import TalonCore

/// An engine on a manual clock and an in-memory journal, with short helpers.
public struct EngineHarness: Sendable {
    public let engine: HallEngine
    public let clock: ManualClock
    public let journal: MemoryJournal
    private let counter = Counter()

    public static func make(_ config: HallConfig = HallFixtures.small(),
                            at local: String = "2026-11-23 09:00",
                            journal: MemoryJournal = MemoryJournal()) async throws -> EngineHarness {
        let clock = ManualClock(local: local, zone: config.center.timeZone)
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        return EngineHarness(engine: engine, clock: clock, journal: journal)
    }

    /// A new engine on the same journal and clock, as after a restart of the process.
    public func restarted() async throws -> HallEngine {
        try await HallEngine.start(config: engine.config, clock: clock, journal: journal)
    }

    /// Submits `command` with a fresh id.
    @discardableResult
    public func run(_ command: Command) async throws -> CommandResult {
        try await engine.submit(command, id: CommandID("cmd-\(counter.next())"))
    }

    /// Issues a ticket and returns it.
    @discardableResult
    public func issue(_ service: ServiceID, category: CategoryID? = nil, kiosk: DeviceID? = nil) async throws -> Ticket {
        let r = try await run(.issueTicket(IssueTicket(service: service, category: category, kiosk: kiosk)))
        guard case .ticket(let a) = r else { throw HallError(.conflict, "expected a ticket, got \(r)") }
        return a.ticket
    }

    /// Calls next at `window`; `nil` when nothing waits.
    public func callNext(_ window: WindowID) async throws -> TicketAnswer? {
        let r = try await run(.callNext(window: window))
        if case .ticket(let a) = r { return a }
        return nil
    }

    /// Opens windows.
    public func open(_ windows: WindowID...) async throws {
        for w in windows { try await run(.openWindow(window: w)) }
    }
}

/// A thread-safe counter for command ids.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}

import Synchronization
