import Foundation

/// A fixture that could not be set up or did not come up in time (a tool that failed,
/// a missing emupos, a cupsd that never answered), with what to do about it.
public struct FixtureFailure: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// Waits until `condition` holds, checking every 20 ms, or throws after `timeout`.
///
/// Blocks the calling thread: for fixtures that start synchronously (cupsd, emupos).
public func waitUntil(_ what: String, timeout: Duration = .seconds(10),
                      _ condition: () throws -> Bool) throws(FixtureFailure) {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if (try? condition()) == true { return }
        Thread.sleep(forTimeInterval: 0.02)
    }
    throw FixtureFailure(description: "timed out after \(timeout) waiting for \(what)")
}
