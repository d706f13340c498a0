import Foundation
import Testing
import TalonTestSupport
import TalonWeb

@Suite("OpenAPI conformance")
struct SchemathesisTests {
    static var executable: String {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return root.appendingPathComponent(".venv-web/bin/schemathesis").path
    }

    @Test("schemathesis against the live server: no 5xx, every response matches /openapi.yaml")
    func schemathesis() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw TestFailure("schemathesis is missing (\(Self.executable)): run `make test-deps` or "
                              + "`scripts/setup-web-tests.sh` — the OpenAPI conformance test cannot run without it")
        }
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        let server = try await LiveServer.start(h)
        let admin = try await blocking { try ConsoleSession(port: server.port, login: "admin") }
        let base = "http://127.0.0.1:\(server.port)"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.executable)
        p.arguments = ["run", "\(base)/openapi.yaml", "--url", base,
                       "-H", "Cookie: \(admin.headers["Cookie"]!)", "-H", "X-CSRF-Token: \(admin.headers["X-CSRF-Token"]!)",
                       "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
                       // The event stream never ends (tested in SSEResumeTests); signing out would end the run's session.
                       "--exclude-path", "/api/v1/events", "--exclude-operation-id", "signOutConsole",
                       "-n", "15", "--request-timeout", "5", "--seed", "1", "--no-color"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = try await blocking {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return text
        }
        #expect(p.terminationStatus == 0, "schemathesis found problems:\n\(text.suffix(6000))")
        #expect(text.contains("passed"))
        try await server.stop()
    }
}
