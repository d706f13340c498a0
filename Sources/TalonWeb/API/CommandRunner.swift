import Foundation
import Hummingbird
import HTTPTypes
import TalonCore

/// Turns an HTTP request into a command envelope and the engine's answer into a reply.
///
/// The `Idempotency-Key` header becomes the command id, so a retry with the same key
/// gets the first answer and nothing happens twice; without one the command gets a
/// fresh UUID.
extension WebHall {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!

    func commandID(_ request: Request) throws -> CommandID {
        guard let key = request.headers[Self.idempotencyKey] else {
            return CommandID("http:\(UUID().uuidString.lowercased())")
        }
        guard (1...200).contains(key.count),
              key.unicodeScalars.allSatisfy({ $0.value > 32 && $0.value < 127 }) else {
            throw Problem.badRequest("Idempotency-Key must be 1–200 printable ASCII characters without spaces, "
                                     + "e.g. a UUID", code: "bad_idempotency_key")
        }
        return CommandID("key:\(key)")
    }

    /// Submits `command` under the request's id; a refusal becomes a problem detail.
    func run(_ command: Command, _ request: Request) async throws -> CommandResult {
        let id = try commandID(request)
        do {
            return try await engine.submit(CommandEnvelope(id: id, command: command))
        } catch let error as HallError {
            throw error.problem
        } catch {
            throw Problem(.serviceUnavailable, code: "journal_failed",
                          "the hall could not make the command durable (\(error)); retry with the same Idempotency-Key",
                          headers: [.retryAfter: "1"])
        }
    }

    /// The usual reply: a ticket (200 or `created`), 204 when nothing waits, a window.
    func reply(_ result: CommandResult, created: Bool = false) async throws -> Response {
        switch result {
        case .ticket(let a): return try json(TicketView(a, config: config), status: created ? .created : .ok)
        case .nothingWaiting: return Response(status: .noContent)
        case .window(let w):
            let current: TicketAnswer? = if let id = w.current { await engine.ticket(id) } else { nil }
            return try json(WindowView(w, config: config, current: current), status: .ok)
        case .rating(let r): return try json(RatingView(r), status: created ? .created : .ok)
        case .checkInRefused(let code, let reason):
            throw Problem(.conflict, code: "check_in_\(reason.rawValue)",
                          "\(reason.message.ru) / \(reason.message.en) (code \(code))")
        case .accepted: return try json(Accepted(), status: created ? .created : .accepted)
        }
    }
}

struct Accepted: Codable { var status = "accepted" }

struct RatingView: Codable {
    var score: Int
    var window: String
    var ticket: String?
    var at: Date
    var misuse: Bool
    init(_ r: Rating) {
        score = r.score
        window = r.window.rawValue
        ticket = r.ticket?.rawValue
        at = r.at
        misuse = r.misuse
    }
}
