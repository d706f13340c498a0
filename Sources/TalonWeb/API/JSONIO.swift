import Foundation
import Hummingbird
import NIOCore
import TalonCore

/// JSON in and out, with ISO 8601 dates. A body that is not the JSON a route expects is
/// a 400 problem naming what is wrong — never a 500.
extension WebHall {
    /// The API's JSON: ``FastJSONEncoder`` with ISO 8601 dates, the same bytes as
    /// ``encoder`` (the reference the tests hold it to) in about half the time.
    static func jsonBytes(_ value: some Encodable) throws -> [UInt8] {
        try FastJSONEncoder.bytes(value, dates: .iso8601)
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try Self.jsonBytes(value))))
    }

    /// The request body decoded as `T`; an empty body decodes as `{}` for routes whose
    /// fields are all optional.
    ///
    /// - Parameter limit: the largest body accepted, 64 KiB unless a route takes lists.
    func body<T: Decodable>(_ type: T.Type, _ request: Request, limit: Int = 64 * 1024) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw Problem(.contentTooLarge, code: "body_too_large", "the request body is larger than \(limit / 1024) KiB")
        }
        var data = Data(buffer.readableBytesView)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { data = Data("{}".utf8) }
        do {
            return try Self.decoder.decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw Problem.badRequest("the body lacks the field «\(key.stringValue)»")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw Problem.badRequest("the field «\(context.codingPath.map(\.stringValue).joined(separator: "."))» "
                                     + "has the wrong type: \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw Problem.badRequest(path.isEmpty ? "the body is not valid JSON" : "the field «\(path)» is invalid: \(context.debugDescription)")
        } catch {
            throw Problem.badRequest("the body is not valid JSON")
        }
    }
}
