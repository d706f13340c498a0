import Foundation
import Synchronization

/// Rate limit on console sign-in: after `limit` failures within `window` for a login or
/// from one address, further attempts are refused with 429 until the window passes —
/// a password cannot be guessed by trying.
final class LoginLimiter: Sendable {
    private let failures = Mutex<[String: [ContinuousClock.Instant]]>([:])
    let limit: Int
    let window: Duration

    init(limit: Int = 5, window: Duration = .seconds(60)) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before trying again under any of `keys`, or `nil` when allowed.
    func retryAfter(_ keys: [String]) -> Int? {
        let now = ContinuousClock.now
        return failures.withLock { all -> Int? in
            var wait: Duration?
            for key in keys {
                let recent = (all[key] ?? []).filter { now - $0 < window }
                all[key] = recent.isEmpty ? nil : recent
                if recent.count >= limit, let oldest = recent.first {
                    let w = window - (now - oldest)
                    wait = max(wait ?? .zero, w)
                }
            }
            return wait.map { max(1, Int($0.components.seconds) + 1) }
        }
    }

    func recordFailure(_ keys: [String]) {
        let now = ContinuousClock.now
        failures.withLock { all in for key in keys { all[key, default: []].append(now) } }
    }

    func reset(_ key: String) {
        _ = failures.withLock { $0.removeValue(forKey: key) }
    }
}
