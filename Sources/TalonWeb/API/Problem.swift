public import Hummingbird
import Foundation
import NIOCore

/// An RFC 9457 problem detail: every error of the API is one, as
/// `application/problem+json`, with a message a person can act on.
///
/// <https://www.rfc-editor.org/rfc/rfc9457>
public struct Problem: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// A stable machine code: a `HallError` code or one of the API's own.
    public var code: String
    /// What happened and what to do, in Russian first when it comes from the engine.
    public var detail: String
    /// Extra headers (`Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, _ detail: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers
    }

    struct Body: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var code: String
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(type: "https://talon.example/problems/\(code)", title: status.reasonPhrase,
                        status: status.code, detail: detail, code: code)
        var headers = self.headers
        headers[.contentType] = "application/problem+json"
        let data = (try? JSONEncoder().encode(body)) ?? Data("{}".utf8)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Problem {
    static func badRequest(_ detail: String, code: String = "malformed_request") -> Problem {
        Problem(.badRequest, code: code, detail)
    }

    static func notFound(_ detail: String, code: String = "not_found") -> Problem {
        Problem(.notFound, code: code, detail)
    }

    static let unauthenticated = Problem(
        .unauthorized, code: "unauthenticated",
        "sign in to the console, or send a device token as «Authorization: Bearer …»",
        headers: [.wwwAuthenticate: "Bearer realm=\"talon\""])

    static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, code: "forbidden", detail)
    }
}
