import Hummingbird
import Logging

/// Makes every error a problem detail: Hummingbird's own (404 for an unknown route,
/// 405…) keep their status; anything unexpected is logged and answered 500 without
/// internals — the API tests make sure that never happens for a bad request.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = TalonRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context,
                next: @concurrent (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError {
            throw Problem(error.status, code: error.status == .notFound ? "not_found" : "http_\(error.status.code)",
                          error.body ?? error.status.reasonPhrase)
        } catch let error as any HTTPResponseError {
            throw Problem(error.status, code: "http_\(error.status.code)", error.status.reasonPhrase)
        } catch {
            logger.error("unexpected error", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            throw Problem(.internalServerError, code: "internal", "the server failed unexpectedly; see its log")
        }
    }
}
