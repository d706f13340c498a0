public import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A child process of the test fixtures (cupsd, emupos, ippeveprinter, lpadmin…) started
/// with `posix_spawn` and reaped with `waitpid`; ``run(_:_:environment:)`` runs a tool to
/// its end.
///
/// Not Foundation's `Process`: on Linux it reaps children from a SIGCHLD handler that
/// can miss an exit when several children end together, leaving `waitUntilExit` spinning
/// on a zombie; and its children inherit the test thread's blocked-signal mask. Here the
/// mask and dispositions are reset for the child, and ``kill()`` waits for that very pid.
public final class ChildProcess: Sendable {
    public let pid: pid_t
    /// The exit status, once the child has been reaped.
    private let reaped = Mutex<Int32?>(nil)

    /// Starts `tool` with `arguments`, standard output and error appended to the file `log`.
    public init(_ tool: String, _ arguments: [String], environment: [String: String] = [:], log: String) throws(FixtureFailure) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0.key)=\($0.value)" }
        let argv = [tool] + arguments
        var pid: pid_t = 0
        let status = withCStrings(argv) { cArgv in
            withCStrings(env) { cEnv in posix_spawn(&pid, tool, &actions, &attributes, cArgv, cEnv) }
        }
        guard status == 0 else {
            throw FixtureFailure(description: "could not start \(tool): \(String(cString: strerror(status)))")
        }
        self.pid = pid
    }

    /// Runs `tool` with `arguments` to its end and returns what it printed; throws when it
    /// exits non-zero.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String],
                           environment: [String: String] = [:]) throws(FixtureFailure) -> String {
        let output = "/tmp/talon-run-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = try ChildProcess(tool, arguments, environment: environment, log: output).wait()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw FixtureFailure(description: "\(tool) \(arguments.joined(separator: " ")) exited \(status): \(text)")
        }
        return text
    }

    /// Whether the child is still running (reaps it if it has ended, keeping its status
    /// for ``wait()``).
    public var isRunning: Bool {
        if reaped.withLock({ $0 }) != nil { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        reaped.withLock { $0 = Self.decode(status) }
        return false
    }

    /// Waits for the child to end; its exit status (128 + signal if killed).
    public func wait() -> Int32 {
        if let done = reaped.withLock({ $0 }) { return done }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = Self.decode(status)
        reaped.withLock { $0 = code }
        return code
    }

    private static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Asks the child to end (SIGTERM), and kills it if it has not within `grace`.
    ///
    /// Nothing is sent to a child already reaped: its pid may belong to another process by
    /// now. (Until it is reaped, here or in ``isRunning``, the pid stays this child's.)
    public func terminate(grace: Duration = .seconds(3)) {
        guard isRunning else { return }
        _ = Glibc.kill(pid, SIGTERM)
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while clock.now < deadline {
            if !isRunning { return }
            usleep(10_000)
        }
        kill()
    }

    /// Kills the child (SIGKILL) and waits for it; nothing when it has been reaped already.
    public func kill() {
        guard isRunning else { return }
        _ = Glibc.kill(pid, SIGKILL)
        _ = wait()
    }
}

private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
