import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TalonConfig
import TalonCore
import TalonKiosk
import TalonStore
import TalonTestSupport
import TalonWeb

/// A hall on a fresh journal with the demo configuration (its displays, kiosk and
/// accounts), at 10:00 on an ordinary Tuesday.
struct WebHarness {
    let folder: TempFolder
    let journal: SQLiteJournal
    let engine: HallEngine
    let clock: ManualClock
    let web: WebHall

    static let board = "demo-board-1ad6114d3e1ff9ca"
    static let kiosk = "demo-kiosk-1-a790340c76d2cf00"

    /// - Parameter configure: changes to the demo configuration (another kiosk, a printer).
    static func make(folder: TempFolder? = nil, tick: Duration = .seconds(5),
                     configure: (inout HallConfig) -> Void = { _ in }) async throws -> WebHarness {
        let folder = try folder ?? TempFolder("talon-web")
        var config = try DemoHall.load()
        configure(&config)
        let journal = try SQLiteJournal(path: folder.file("hall.sqlite"))
        let clock = ManualClock(local: "2026-11-24 10:00")
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        var logger = Logger(label: "talon.test")
        logger.logLevel = .warning
        // The kiosk screens, as `talon serve` runs them; time-outs checked often, since
        // tests move the manual clock.
        let kiosks = await KioskHost(engine: engine, clock: clock, tickInterval: .milliseconds(100))
        let web = WebHall(engine: engine, history: journal, clock: clock,
                          options: WebOptions(heartbeat: .seconds(1), tick: tick), kiosks: kiosks, logger: logger)
        return WebHarness(folder: folder, journal: journal, engine: engine, clock: clock, web: web)
    }

    var app: Application<RouterResponder<TalonRequestContext>> {
        var app = HallServer(hall: web).application(host: "127.0.0.1", port: 0)
        app.addServices(web.services)
        return app
    }
}

/// JSON helpers for test requests.
extension TestClientProtocol {
    @discardableResult
    func call(_ method: HTTPRequest.Method, _ uri: String, _ headers: HTTPFields = [:], json: String? = nil,
              check: (TestResponse) throws -> Void = { _ in }) async throws -> TestResponse {
        var headers = headers
        if json != nil { headers[.contentType] = "application/json" }
        let response = try await execute(uri: uri, method: method, headers: headers,
                                         body: json.map { ByteBuffer(string: $0) }) { $0 }
        try check(response)
        return response
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }
}

/// Credentials for test requests.
enum As {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
    static let board = bearer(WebHarness.board)
    static let kiosk = bearer(WebHarness.kiosk)

    /// Signs in `login` (password «demo») and returns the cookie and CSRF headers.
    static func account(_ login: String, _ client: some TestClientProtocol) async throws -> HTTPFields {
        let r = try await client.call(.post, "/api/v1/session", json: #"{"login":"\#(login)","password":"demo"}"#)
        guard r.status == .ok, let cookie = r.headers[.setCookie]?.split(separator: ";").first,
              let csrf = try r.json()["csrfToken"] as? String else {
            throw TestFailure("sign-in of \(login) failed: \(r.status) \(r.text)")
        }
        return [.cookie: String(cookie), HTTPField.Name("X-CSRF-Token")!: csrf]
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
