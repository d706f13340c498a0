import Foundation

/// The `talon` executable that `swift build` put next to the test bundle, run as a child
/// process the way a hall machine runs it.
public enum TalonBinary {
    /// Path of the built `talon`.
    public static var path: String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the tests run from `.build/debug/TalonPackageTests.xctest`.
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("talon").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return ".build/debug/talon"
    }
}

/// A running `talon` child process (a ``ChildProcess``) whose standard output and error
/// are collected in a file the test reads as it goes.
public final class Child: Sendable {
    let child: ChildProcess
    let log: String

    public init(_ arguments: [String], environment: [String: String] = [:]) throws {
        log = "/tmp/talon-child-\(UUID().uuidString).log"
        child = try ChildProcess(TalonBinary.path, arguments, environment: environment, log: log)
    }

    deinit { try? FileManager.default.removeItem(atPath: log) }

    /// Standard output and error so far.
    public var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// Waits until the output contains `text`, or `timeout` seconds pass. Sleeps without
    /// holding a thread, so the tests running beside it keep theirs.
    public func waitFor(_ text: String, timeout: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if output.contains(text) { return true }
            if !child.isRunning { return output.contains(text) }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return false
    }

    /// Asks the child to end (SIGTERM) and waits for it, killing it after 10 s: for a
    /// `defer`, where nothing can be awaited.
    public func terminateAndReap() { child.terminate(grace: .seconds(10)) }

    /// Sends `signal` (SIGKILL, SIGTERM…).
    public func kill(_ signal: Int32) { _ = Foundation.kill(child.pid, signal) }

    /// Waits for the exit; the status (128 + signal when killed) and everything written.
    @discardableResult
    public func wait() async -> (status: Int32, output: String) {
        while child.isRunning { try? await Task.sleep(for: .milliseconds(5)) }
        let status = child.wait()
        return (status, output)
    }
}
