import Foundation

/// Runs command-line tools for the printing fakes (lpadmin, cupsreject…).
public enum ProcessRunner {
    /// A tool that failed, with what it printed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `tool` with `arguments` and returns its standard output; throws when it
    /// exits non-zero.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String],
                           environment: [String: String] = [:]) throws -> String {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("talon-run-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let child = try ChildProcess(tool, arguments, environment: environment, log: output)
        let status = child.wait()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) exited \(status): \(text)")
        }
        return text
    }

    /// Waits until `condition` holds, checking every 20 ms, or throws after `timeout`.
    public static func waitUntil(_ what: String, timeout: Duration = .seconds(10),
                                 _ condition: () throws -> Bool) throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if (try? condition()) == true { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "timed out after \(timeout) waiting for \(what)")
    }
}
