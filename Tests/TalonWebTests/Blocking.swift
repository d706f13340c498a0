import Foundation

/// Runs blocking work (a socket read, a child process) on its own thread, so it never
/// occupies one of the few threads of Swift's cooperative pool that the in-process
/// server needs — on a 2-core machine two blocked tests would starve it.
func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
