import Foundation

/// A fixture that could not be set up or did not come up in time (a tool that failed,
/// a missing emupos, a cupsd that never answered), with what to do about it.
public struct FixtureFailure: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// Waits until `condition` holds, checking every 20 ms, or throws after `timeout`; a
/// condition that throws (the fixture's process has died) ends the wait at once.
///
/// Blocks the calling thread: only for fixtures that start synchronously (cupsd, emupos).
/// Its own name, not an overload of ``waitUntil(_:timeout:_:)``: Swift picks the
/// synchronous overload for a synchronous closure even in async code, which would
/// silently hold a thread there.
public func blockUntil(_ what: String, timeout: Duration = .seconds(10),
                       _ condition: () throws(FixtureFailure) -> Bool) throws(FixtureFailure) {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if try condition() { return }
        Thread.sleep(forTimeInterval: 0.02)
    }
    throw FixtureFailure(description: "timed out after \(timeout) waiting for \(what)")
}

/// Waits until `condition` holds, checking every 20 ms, or throws after `timeout`.
///
/// Sleeps without holding a thread: a test waiting for a printer or a page must not take
/// one of the few threads the services it waits for need (on a 2-core machine a blocked
/// thread is half of the concurrency pool).
public func waitUntil(_ what: String, timeout: Duration = .seconds(10),
                      _ condition: () async throws -> Bool) async throws(FixtureFailure) {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if (try? await condition()) == true { return }
        try? await Task.sleep(for: .milliseconds(20))
    }
    throw FixtureFailure(description: "timed out after \(timeout) waiting for \(what)")
}
