import ServiceLifecycle

/// A long-running loop as a `Service`: graceful shutdown cancels it, and the
/// cancellation is how it ends, not an error.
struct RunUntilShutdown: Service, CustomStringConvertible {
    let description: String
    let body: @Sendable () async throws -> Void

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await body() }
        } catch is CancellationError {
            // Stopped with the hall.
        }
    }
}
