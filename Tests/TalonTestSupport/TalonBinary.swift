public import Foundation
import Synchronization

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

    /// Runs `talon ARGS` to the end and returns its exit status, standard output and error.
    public static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let child = try Child(arguments)
        if let input {
            child.stdin.fileHandleForWriting.write(Data(input.utf8))
        }
        try? child.stdin.fileHandleForWriting.close()
        return child.wait()
    }
}

/// A running `talon` child process whose output is collected as it comes.
public final class Child: Sendable {
    public let process: Process
    let stdin = Pipe()
    private let out = Buffer()
    private let err = Buffer()
    private let outPipe = Pipe()
    private let errPipe = Pipe()

    public init(_ arguments: [String], environment: [String: String]? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: TalonBinary.path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = stdin
        process.standardOutput = outPipe
        process.standardError = errPipe
        outPipe.fileHandleForReading.readabilityHandler = { [out] h in
            let d = h.availableData
            out.withLock { $0.append(d) }
        }
        errPipe.fileHandleForReading.readabilityHandler = { [err] h in
            let d = h.availableData
            err.withLock { $0.append(d) }
        }
        try process.run()
    }

    /// Standard output so far.
    public var output: String { out.withLock { String(decoding: $0, as: UTF8.self) } }
    public var errorOutput: String { err.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Waits until standard output contains `text`, or `timeout` seconds pass.
    public func waitFor(_ text: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if output.contains(text) { return true }
            if !process.isRunning { return output.contains(text) }
            usleep(2_000)
        }
        return false
    }

    /// Sends `signal` (SIGKILL, SIGTERM…).
    public func kill(_ signal: Int32) { _ = Foundation.kill(process.processIdentifier, signal) }

    /// Waits for the exit and returns status and everything written.
    @discardableResult
    public func wait() -> (status: Int32, out: String, err: String) {
        process.waitUntilExit()
        outPipe.fileHandleForReading.readabilityHandler = nil
        errPipe.fileHandleForReading.readabilityHandler = nil
        let restOut = (try? outPipe.fileHandleForReading.readToEnd()) ?? nil
        let restErr = (try? errPipe.fileHandleForReading.readToEnd()) ?? nil
        out.withLock { $0.append(restOut ?? Data()) }
        err.withLock { $0.append(restErr ?? Data()) }
        return (process.terminationStatus, output, errorOutput)
    }
}

/// Bytes collected from a pipe's reader thread.
final class Buffer: Sendable {
    private let data = Mutex(Data())
    func withLock<T>(_ body: (inout Data) -> T) -> T { data.withLock { body(&$0) } }
}
