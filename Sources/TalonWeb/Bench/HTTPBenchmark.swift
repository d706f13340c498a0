import Foundation
import Synchronization
import TalonCore

/// `talon bench http`: ticket issue over keep-alive HTTP connections at several client
/// counts, call → SSE delivery latency to many connected display clients, and the
/// server's resident memory with them connected.
///
/// It measures a real `talon serve` in its own process (so the clients' threads and
/// buffers are not counted in its memory), on a journal in `directory`: a fresh server
/// and journal for each client level and for the displays, so every level starts from
/// the same empty hall. Issues go round the hall's `services`; a hall keeps at most 999
/// tickets of a service at once, which one service alone would reach within a level.
public struct HTTPBenchmark: Sendable {
    public var executable: String
    public var directory: String
    /// The hall file the server runs (nil: its embedded demo hall).
    public var config: String?
    /// Services to issue tickets of, in turn.
    public var services: [String]
    public var clientLevels: [Int]
    public var requestsPerLevel: Int
    public var displays: Int
    public var calls: Int

    public init(executable: String, directory: String, config: String? = nil, services: [String] = ["issue"],
                clientLevels: [Int] = [1, 16, 64], requestsPerLevel: Int = 3000, displays: Int = 200, calls: Int = 200) {
        self.executable = executable
        self.directory = directory
        self.config = config
        self.services = services.isEmpty ? ["issue"] : services
        self.clientLevels = clientLevels
        self.requestsPerLevel = requestsPerLevel
        self.displays = displays
        self.calls = calls
    }

    public struct Level: Codable, Sendable {
        public var clients: Int
        public var requests: Int
        public var perSecond: Double
        public var p50Micros: Double
        public var p99Micros: Double
    }

    public struct Report: Codable, Sendable {
        public var levels: [Level]
        public var displays: Int
        public var deliveries: Int
        public var deliveryP50Micros: Double
        public var deliveryP99Micros: Double
        public var residentMegabytes: Double
        public var residentMegabytesIdle: Double
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    public func run(progress: (String) -> Void) throws -> Report {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var levels: [Level] = []
        for clients in clientLevels {
            let server = try freshServer("issue-\(clients)")
            defer { server.stop() }
            progress("issue: \(clients) clients (talon serve pid \(server.pid), port \(server.port))")
            levels.append(try issueLevel(port: server.port, session: try Session(port: server.port), clients: clients))
        }

        let server = try freshServer("displays")
        defer { server.stop() }
        let idle = server.residentMegabytes()
        progress("SSE: \(displays) display clients (talon serve pid \(server.pid), port \(server.port))")
        let (p50, p99, n, rss) = try delivery(server: server, session: try Session(port: server.port))
        return Report(levels: levels, displays: displays, deliveries: n, deliveryP50Micros: p50,
                      deliveryP99Micros: p99, residentMegabytes: rss, residentMegabytesIdle: idle)
    }

    /// `talon serve` on a new journal named after `name`.
    func freshServer(_ name: String) throws -> ServerProcess {
        let db = "\(directory)/bench-http-\(name).sqlite"
        for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) }
        return try ServerProcess(executable: executable, db: db, config: config)
    }

    func issueLevel(port: Int, session: Session, clients: Int) throws -> Level {
        let per = max(1, requestsPerLevel / clients)
        let samples = Mutex<[Double]>([])
        let errors = Mutex<[String]>([])
        let group = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        let services = services
        for client in 0..<clients {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let c = try RawHTTPConnection(port: port)
                    var mine: [Double] = []
                    mine.reserveCapacity(per)
                    for i in 0..<per {
                        let body = #"{"service":"\#(services[(client + i) % services.count])"}"#
                        let t0 = DispatchTime.now().uptimeNanoseconds
                        let r = try c.request("POST", "/api/v1/tickets", headers: session.headers, body: body)
                        mine.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1000)
                        guard r.status == 201 else { throw Failure(description: "issue: \(r.status) \(r.text)") }
                    }
                    samples.withLock { $0 += mine }
                } catch {
                    errors.withLock { $0.append("\(error)") }
                }
            }.start()
        }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let e = errors.withLock({ $0.first }) { throw Failure(description: e) }
        let latency = Quantiles(samples.withLock { $0 })
        return Level(clients: clients, requests: latency.count, perSecond: Double(latency.count) / seconds,
                     p50Micros: latency.p50 ?? .nan, p99Micros: latency.p99 ?? .nan)
    }

    func delivery(server: ServerProcess, session: Session) throws -> (Double, Double, Int, Double) {
        var connections: [RawHTTPConnection] = []
        for _ in 0..<displays {
            let c = try RawHTTPConnection(port: server.port)
            c.setTimeout(seconds: 5)
            try c.send("GET", "/api/v1/events", headers: ["Authorization": "Bearer \(session.displayToken)"])
            guard try c.readHead().status == 200 else { throw Failure(description: "a display could not connect") }
            connections.append(c)
        }
        let receiver = SSEReceiver(connections)
        receiver.start()
        Thread.sleep(forTimeInterval: 0.5)
        let rss = server.residentMegabytes()

        let c = try RawHTTPConnection(port: server.port)
        for path in ["sign-in", "open"] {
            _ = try c.request("POST", "/api/v1/windows/w12/\(path)", headers: session.headers)
        }
        var sent: [String: UInt64] = [:]
        for _ in 0..<calls {
            let issued = try c.request("POST", "/api/v1/tickets", headers: session.headers, body: #"{"service":"consultation"}"#)
            guard issued.status == 201 else { throw Failure(description: "issue: \(issued.status) \(issued.text)") }
            Thread.sleep(forTimeInterval: 0.02)
            let t0 = DispatchTime.now().uptimeNanoseconds
            let r = try c.request("POST", "/api/v1/windows/w12/call-next", headers: session.headers)
            guard r.status == 200, let label = label(r.text) else { throw Failure(description: "call: \(r.status) \(r.text)") }
            sent[label] = t0
            Thread.sleep(forTimeInterval: 0.05)
            _ = try c.request("POST", "/api/v1/windows/w12/start", headers: session.headers)
            _ = try c.request("POST", "/api/v1/windows/w12/finish", headers: session.headers)
        }
        Thread.sleep(forTimeInterval: 1)
        let got = receiver.stop()
        var samples: [Double] = []
        for (label, t0) in sent {
            for t in got[label] ?? [] where t >= t0 { samples.append(Double(t - t0) / 1000) }
        }
        let latency = Quantiles(samples)
        return (latency.p50 ?? .nan, latency.p99 ?? .nan, latency.count, rss)
    }

    func label(_ json: String) -> String? {
        guard let r = json.range(of: #""label":""#) else { return nil }
        return String(json[r.upperBound...].prefix { $0 != "\"" })
    }

    /// A console session (a manager: issues without the kiosk's rate limit) and a display token.
    struct Session: Sendable {
        let headers: [String: String]
        let displayToken = "demo-board-1ad6114d3e1ff9ca"

        init(port: Int) throws {
            let c = try RawHTTPConnection(port: port)
            let r = try c.request("POST", "/api/v1/session", body: #"{"login":"manager","password":"demo"}"#)
            guard r.status == 200, let cookie = r.headers["set-cookie"]?.split(separator: ";").first,
                  let csrf = r.text.range(of: #""csrfToken":""#).map({ String(r.text[$0.upperBound...].prefix { $0 != "\"" }) })
            else { throw Failure(description: "sign-in failed: \(r.status) \(r.text)") }
            headers = ["Cookie": String(cookie), "X-CSRF-Token": csrf]
        }
    }
}

/// `talon serve` in a child process, with the demo hall at an hour it is open.
final class ServerProcess: Sendable {
    let process: Process
    let port: Int
    var pid: Int32 { process.processIdentifier }

    init(executable: String, db: String, config: String?) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = ["serve", "--db", db, "--http", "127.0.0.1:0", "--pretend-time", "2026-11-24T08:00:00Z"]
            + (config.map { ["--config", $0] } ?? [])
        var env = ProcessInfo.processInfo.environment
        env["LOG_LEVEL"] = "info"
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while Date() < deadline, found == nil {
            let data = err.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let r = text.range(of: #"url=http://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                found = Int(text[r].dropFirst("url=http://127.0.0.1:".count).dropLast())
            }
        }
        guard let found else {
            p.terminate()
            throw HTTPBenchmark.Failure(description: "talon serve did not start: \(text.suffix(800))")
        }
        // Keep draining stderr so the server never blocks on a full pipe.
        err.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
        process = p
        port = found
    }

    func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
        return kb / 1024
    }

    func stop() {
        process.interrupt()
        process.waitUntilExit()
    }
}
