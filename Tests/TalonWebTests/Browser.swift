import Foundation
import Synchronization
import TalonTestSupport
import Testing

/// Headless Chromium with the DevTools protocol, driven by `Browser/cdp.py`.
final class Browser: Sendable {
    static let executable = "/usr/bin/chromium"
    let process: Process
    let port: Int
    let profile: String

    /// Where the tests keep their screenshots: `.build/test-output/`.
    static var outputFolder: URL {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let folder = root.appendingPathComponent(".build/test-output")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Browser/cdp.py").path
    }

    /// Starts Chromium; fails the test with what to install when it is missing.
    static func launch() throws -> Browser {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw TestFailure("headless Chromium is missing (\(executable)): run `make test-deps` or "
                              + "`apt-get install chromium` — the browser tests cannot run without it")
        }
        let profile = NSTemporaryDirectory() + "talon-chromium-\(UUID().uuidString.prefix(8))"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                       "--no-first-run", "--disable-extensions", "--autoplay-policy=no-user-gesture-required",
                       "--remote-debugging-port=0", "--user-data-dir=\(profile)", "--window-size=1920,1080",
                       "about:blank"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Chromium prints «DevTools listening on ws://127.0.0.1:PORT/…».
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !text.contains("DevTools listening on") {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let range = text.range(of: #"ws://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else {
            p.terminate()
            throw TestFailure("Chromium did not start its DevTools endpoint: \(text.suffix(500))")
        }
        let port = Int(text[range].dropFirst("ws://127.0.0.1:".count).dropLast())!
        return Browser(process: p, port: port, profile: profile)
    }

    private init(process: Process, port: Int, profile: String) {
        self.process = process
        self.port = port
        self.profile = profile
    }

    /// Runs cdp.py steps (optionally on the tab whose URL contains `target`).
    @discardableResult
    func run(_ steps: [String], target: String? = nil) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [Self.script, String(port)] + (target.map { ["--target", $0] } ?? []) + steps
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard p.terminationStatus == 0 else { throw TestFailure("browser step failed: \(text)") }
        return text
    }

    /// Runs `steps`, the last an `eval:`, and returns the value it printed as text ("" when
    /// it is not a string). cdp.py prints one JSON line per step, non-ASCII escaped.
    func text(_ steps: [String], target: String? = nil) throws -> String {
        let last = try run(steps, target: target).split(separator: "\n").last.map(String.init) ?? ""
        return (try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])?["eval"] as? String ?? ""
    }

    func close() {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: profile)
    }
}

/// A hall on a live server and a headless Chromium: what every browser test starts with.
struct BrowserHall {
    let hall: WebHarness
    let server: LiveServer
    let browser: Browser

    /// `http://127.0.0.1:<port>`.
    var base: String { "http://127.0.0.1:\(server.port)" }

    /// Runs `body` on a fresh hall made by `make`, served and opened in a browser; then
    /// stops the server gracefully (a failure to stop fails the test), closes the browser
    /// and removes the hall's folder — also when `body` throws.
    static func run(_ make: () async throws -> WebHarness = { try await WebHarness.make() },
                    _ body: (BrowserHall) async throws -> Void) async throws {
        let hall = try await make()
        defer { hall.folder.remove() }
        let server = try await LiveServer.start(hall)
        let browser: Browser
        do {
            browser = try Browser.launch()
        } catch {
            try? await server.stop()
            throw error
        }
        defer { browser.close() }
        do {
            try await body(BrowserHall(hall: hall, server: server, browser: browser))
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }
}
