public import Hummingbird
import Logging
import NIOCore

/// The request context of every Talon route: Hummingbird's core storage, the peer's
/// address (for the login rate limit) and who is asking, once ``AuthMiddleware`` has
/// looked at the credentials.
public struct TalonRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, without the port; `"?"` when unknown (tests).
    public var peer: String
    /// The signed-in account or device; `nil` for an anonymous request.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress ?? "?"
        principal = nil
    }
}
