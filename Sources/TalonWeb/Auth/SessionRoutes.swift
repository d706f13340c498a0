import Foundation
import Hummingbird
import Logging
import TalonCore

/// `/api/v1/session`: console sign-in (rate-limited), who am I, sign-out.
extension WebHall {
    func addSessionRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.post("session") { request, context in
            let body = try await body(LoginRequest.self, request)
            let keys = ["login:\(body.login)", "peer:\(context.peer)"]
            if let wait = limiter.retryAfter(keys) {
                // The login as typed is not logged: it may be anything, even a password typed in the wrong field.
                logger.warning("sign-in refused: too many attempts", metadata: ["talon.peer": "\(context.peer)"])
                throw Problem(.tooManyRequests, code: "too_many_attempts",
                              "too many failed sign-ins; try again in \(wait) s",
                              headers: [.retryAfter: "\(wait)"])
            }
            guard let account = await directory.verify(login: body.login, password: body.password) else {
                limiter.recordFailure(keys)
                throw Problem(.unauthorized, code: "bad_credentials", "wrong login or password")
            }
            limiter.reset("login:\(body.login)")
            let session = sessions.open(for: account)
            logger.info("signed in", metadata: ["talon.login": "\(account.login)", "talon.role": "\(account.role)"])
            var response = try json(SessionView(account: account, csrfToken: session.csrf))
            response.setCookie(Cookie(name: AuthMiddleware.cookieName, value: session.id, path: "/",
                                      secure: options.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }

        api.get("session") { request, context in
            guard case .account(let account) = try context.require(.read),
                  let id = request.cookies[AuthMiddleware.cookieName]?.value,
                  let session = sessions.session(id) else {
                throw Problem.unauthenticated
            }
            return try json(SessionView(account: account, csrfToken: session.csrf))
        }

        api.delete("session") { request, context in
            if let id = request.cookies[AuthMiddleware.cookieName]?.value { sessions.close(id) }
            var response = Response(status: .noContent)
            response.setCookie(Cookie(name: AuthMiddleware.cookieName, value: "", maxAge: 0, path: "/",
                                      secure: options.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
    }
}

struct SessionView: Codable {
    var login: String
    var name: String
    var role: String
    var csrfToken: String
    init(account: AccountConfig, csrfToken: String) {
        login = account.login.rawValue
        name = account.name
        role = account.role.rawValue
        self.csrfToken = csrfToken
    }
}
