import Synchronization

/// A one-time signal from a print job to its printer's lane: "this ticket is with cupsd
/// (or never will be); send the next". Signalling more than once, or before anyone
/// waits, is fine.
final class Handover: Sendable {
    private enum State { case open, waiting(CheckedContinuation<Void, Never>), signalled }
    private let state = Mutex(State.open)

    /// Lets ``wait()`` return, now or as soon as it is called.
    func signal() {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { s in
            defer { s = .signalled }
            if case .waiting(let c) = s { return c }
            return nil
        }
        waiter?.resume()
    }

    /// Returns once ``signal()`` has been called.
    func wait() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let ready = state.withLock { s -> Bool in
                if case .signalled = s { return true }
                s = .waiting(c)
                return false
            }
            if ready { c.resume() }
        }
    }
}
