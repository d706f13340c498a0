import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import TalonCore
import TalonStore
import TalonWeb

/// A real `HallServer` on a TCP port, with the services `talon serve` runs, in a
/// `ServiceLifecycle.ServiceGroup` that the test stops gracefully (as SIGTERM would).
final class LiveServer: Sendable {
    let group: ServiceLifecycle.ServiceGroup
    let task: Task<Void, any Error>
    let port: Int

    static func start(_ h: WebHarness, port: Int = 0) async throws -> LiveServer {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let services = HallServer(hall: h.web).services(host: "127.0.0.1", port: port) { continuation.yield($0) }
        var logger = Logger(label: "talon.test")
        logger.logLevel = .warning
        let group = ServiceLifecycle.ServiceGroup(configuration: .init(services: services.map { .init(service: $0) },
                                                                      logger: logger))
        // If the group ends before binding (the port is taken), the stream ends too, so the
        // test fails with a message instead of waiting for ever.
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else {
            let why = await task.result
            throw TestFailure("the server did not start on port \(port): \(why)")
        }
        return LiveServer(group: group, task: task, port: bound)
    }

    /// Starts a server on the port a stopped one used. The old listening socket can take a
    /// moment to leave the kernel's tables after the group has ended, so a refused bind is
    /// retried for up to ten seconds before the test fails.
    static func restart(_ h: WebHarness, port: Int) async throws -> LiveServer {
        var attempt = 0
        while true {
            do {
                return try await start(h, port: port)
            } catch {
                attempt += 1
                if attempt >= 100 { throw error }
                try await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    private init(group: ServiceLifecycle.ServiceGroup, task: Task<Void, any Error>, port: Int) {
        self.group = group
        self.task = task
        self.port = port
    }

    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}

/// An SSE client on its own thread (blocking reads), like a wall display: it reconnects
/// with `Last-Event-ID` after the server goes away, and records every event it gets.
final class SSERecorder: Sendable {
    struct State {
        var ids: [Int64] = []
        var calls: [String] = []
        var connections = 0
        var stopped = false
    }
    let state = Mutex(State())
    let port: Int
    let token: String

    init(port: Int, token: String) {
        self.port = port
        self.token = token
    }

    func start() {
        let thread = Thread { [self] in loop() }
        thread.start()
    }

    func stop() { state.withLock { $0.stopped = true } }

    var snapshot: State { state.withLock { $0 } }

    private func loop() {
        while !state.withLock({ $0.stopped }) {
            do {
                let c = try RawHTTPConnection(port: port)
                c.setTimeout(seconds: 0.5)
                var headers = ["Authorization": "Bearer \(token)", "Accept": "text/event-stream"]
                if let last = state.withLock({ $0.ids.last }) { headers["Last-Event-ID"] = String(last) }
                try c.send("GET", "/api/v1/events", headers: headers)
                let head = try c.readHead()
                guard head.status == 200 else { throw TestFailure("status \(head.status)") }
                state.withLock { $0.connections += 1 }
                var text = ""
                while !state.withLock({ $0.stopped }) {
                    guard let chunk = try readChunk(c) else { break }
                    text += chunk
                    for event in ServerSentEvent.take(from: &text) { record(event) }
                }
            } catch {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }

    /// A chunk, or "" on a read time-out (so `stopped` is checked), or nil at the end.
    private func readChunk(_ c: RawHTTPConnection) throws -> String? {
        do {
            return try c.readChunk()
        } catch let f as RawHTTPConnection.Failure where f.description.contains("errno 11") {
            return ""
        }
    }

    private func record(_ event: ServerSentEvent) {
        guard let id = event.id else { return }
        var label: String?
        if event.name == "ticket.called",
           let json = try? JSONSerialization.jsonObject(with: Data(event.data.utf8)) as? [String: Any],
           let ticket = json["ticket"] as? [String: Any] {
            label = ticket["label"] as? String
        }
        state.withLock {
            $0.ids.append(id)
            if let label { $0.calls.append(label) }
        }
    }
}
