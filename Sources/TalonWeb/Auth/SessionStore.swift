import Foundation
import Synchronization
import TalonCore

/// Console sessions, in memory: a restart signs everyone out (the console says so and
/// asks to sign in again), which is the safe side for a hall machine.
///
/// A session has a random id (the HttpOnly cookie) and a random CSRF token that the
/// console sends back in `X-CSRF-Token` with every POST: a page on another origin can
/// make the browser send the cookie (were SameSite=Strict ever bypassed) but cannot
/// read the token.
final class SessionStore: Sendable {
    struct Session: Sendable {
        var id: String
        var csrf: String
        var account: AccountConfig
        var lastSeen: ContinuousClock.Instant
    }

    private let sessions = Mutex<[String: Session]>([:])
    /// Idle sessions end after this long.
    let idleTimeout: Duration

    init(idleTimeout: Duration = .seconds(12 * 3600)) {
        self.idleTimeout = idleTimeout
    }

    /// Starts a session for `account`.
    func open(for account: AccountConfig) -> Session {
        let session = Session(id: Self.randomToken(), csrf: Self.randomToken(), account: account,
                              lastSeen: .now)
        sessions.withLock { $0[session.id] = session }
        return session
    }

    /// The live session with `id`, touched; `nil` if unknown or expired.
    func session(_ id: String) -> Session? {
        let now = ContinuousClock.now
        return sessions.withLock { all -> Session? in
            guard var s = all[id] else { return nil }
            guard now - s.lastSeen < idleTimeout else {
                all[id] = nil
                return nil
            }
            s.lastSeen = now
            all[id] = s
            return s
        }
    }

    func close(_ id: String) {
        _ = sessions.withLock { $0.removeValue(forKey: id) }
    }

    /// 32 random bytes as hex.
    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", g.next() as UInt64) }.joined()
    }
}

/// Compares two secrets in time independent of where they differ.
func constantTimeEquals(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in x.indices { diff |= x[i] ^ y[i] }
    return diff == 0
}
