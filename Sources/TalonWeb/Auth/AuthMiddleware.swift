import Hummingbird
import HTTPTypes
import TalonCore

/// Finds who is asking: a console session cookie, or a device token as
/// `Authorization: Bearer …` (or `?token=`, because a browser's `EventSource` cannot
/// send headers). A cookie-authenticated request that changes something must carry the
/// session's CSRF token in `X-CSRF-Token`; a token in a header cannot be sent by another
/// site, so it needs none. Routes then check ``Permission``s with ``require(_:)``.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = TalonRequestContext
    let directory: CredentialDirectory
    let sessions: SessionStore

    static let cookieName = "talon_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: Context,
                next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer "), let p = directory.device(token: String(header.dropFirst(7))) else {
                throw Problem(.unauthorized, code: "bad_token",
                              "the device token is not known; check the token in the hall configuration",
                              headers: [.wwwAuthenticate: "Bearer realm=\"talon\", error=\"invalid_token\""])
            }
            context.principal = p
        } else if let token = request.uri.queryParameters.get("token") {
            guard let p = directory.device(token: token) else {
                throw Problem(.unauthorized, code: "bad_token",
                              "the device token in the address is not known; check the display's address")
            }
            context.principal = p
        } else if let id = request.cookies[Self.cookieName]?.value, let session = sessions.session(id) {
            if request.method != .get && request.method != .head {
                let sent = request.headers[Self.csrfHeader] ?? ""
                guard constantTimeEquals(sent, session.csrf) else {
                    throw Problem(.forbidden, code: "csrf",
                                  "the request lacks the console's X-CSRF-Token; reload the console page")
                }
            }
            context.principal = .account(session.account)
        }
        return try await next(request, context)
    }
}

extension TalonRequestContext {
    /// The principal if it may do `permission`; otherwise throws 401 (nobody) or 403.
    @discardableResult
    func require(_ permission: Permission) throws -> Principal {
        guard let principal else { throw Problem.unauthenticated }
        guard principal.may(permission) else {
            throw Problem.forbidden("«\(principal.name)» may not \(permission.verb); ask a manager")
        }
        return principal
    }
}

extension Permission {
    var verb: String {
        switch self {
        case .read: "read the hall"
        case .issue: "issue tickets"
        case .operate: "work a window"
        case .manage: "manage tickets and bookings"
        }
    }
}
