import Foundation
import TalonCore

/// Request bodies of the API. Field names are those of the OpenAPI document.
struct IssueRequest: Decodable {
    var service: String
    var category: String?
    var appointment: String?
    var language: Language?
}

struct CheckInRequest: Decodable {
    var code: String
    var language: Language?
}

struct FinishRequest: Decodable {
    var outcome: String?
}

struct TransferRequest: Decodable {
    var service: String?
    var window: String?
}

struct CallSpecificRequest: Decodable {
    var ticket: String
    var reason: String
}

struct SignInRequest: Decodable {
    var consultant: String?
}

struct RateRequest: Decodable {
    var score: Int
}

struct CancelRequest: Decodable {
    var reason: String?
}

struct LoginRequest: Decodable {
    var login: String
    var password: String
}
