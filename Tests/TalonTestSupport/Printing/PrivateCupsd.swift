import Foundation
import Synchronization

/// A cupsd of a test's own: private ServerRoot in a scratch folder, its own TCP port and
/// local socket, so tests can run side by side and never touch the machine's CUPS.
///
/// The recipe is `hardware-testing.md`'s. Clients reach it through ``socketPath`` (pass
/// it to `CupsConnection` or as `CUPS_SERVER` to the command-line tools).
public final class PrivateCupsd: Sendable {
    public let scratch: TempFolder
    /// The TCP port it listens on (127.0.0.1).
    public let port: Int
    /// Its local socket: what clients use.
    public let socketPath: String
    private let process = Mutex<ChildProcess?>(nil)

    /// Writes the configuration and starts cupsd; returns once it answers.
    public init() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/lib/cups/backend/socket") else {
            throw FixtureFailure(description: "CUPS's socket backend /usr/lib/cups/backend/socket is missing; apt-get install cups (cups-daemon alone lacks it)")
        }
        scratch = try TempFolder("talon-cupsd")
        port = LocalPorts.stable()
        let root = scratch.path
        for folder in ["conf", "spool/tmp", "cache", "state", "log", "run", "files"] {
            try scratch.folder(folder)
        }
        chmod("\(root)/spool/tmp", 0o1777)
        socketPath = "\(root)/run/cups.sock"
        let files = """
        ServerRoot \(root)/conf
        RequestRoot \(root)/spool
        TempDir \(root)/spool/tmp
        CacheDir \(root)/cache
        StateDir \(root)/state
        ServerBin /usr/lib/cups
        DataDir /usr/share/cups
        DocumentRoot /usr/share/cups/doc-root
        ErrorLog \(root)/log/error_log
        AccessLog \(root)/log/access_log
        PageLog \(root)/log/page_log
        SystemGroup root
        FileDevice Yes
        Printcap \(root)/run/printcap

        """
        let daemon = """
        Listen 127.0.0.1:\(port)
        Listen \(socketPath)
        LogLevel info
        Browsing No
        BrowseLocalProtocols none
        WebInterface No
        DefaultAuthType None
        JobRetryInterval 1
        PreserveJobHistory Yes
        <Location />
          Order allow,deny
          Allow all
        </Location>
        <Location /admin>
          Order allow,deny
          Allow all
        </Location>
        <Policy default>
          <Limit All>
            Order deny,allow
          </Limit>
        </Policy>

        """
        try files.write(toFile: "\(root)/conf/cups-files.conf", atomically: true, encoding: .utf8)
        try daemon.write(toFile: "\(root)/conf/cupsd.conf", atomically: true, encoding: .utf8)
        try start()
    }

    deinit {
        stop()
        scratch.remove()
    }

    /// Environment for the CUPS command-line tools.
    public var environment: [String: String] { ["CUPS_SERVER": socketPath] }

    /// Starts cupsd (again, after ``stop()``) and waits until it accepts connections.
    public func start() throws {
        let root = scratch.path
        let launched = try ChildProcess(
            "/usr/sbin/cupsd", ["-f", "-c", "\(root)/conf/cupsd.conf", "-s", "\(root)/conf/cups-files.conf"],
            log: scratch.file("log/cupsd.out"))
        process.withLock { $0 = launched }
        try blockUntil("cupsd on port \(port)") { LocalPorts.isListening(port) }
        try blockUntil("cupsd scheduler") {
            (try? ChildProcess.run("/usr/bin/lpstat", ["-r"], environment: environment))?
                .contains("scheduler is running") == true
        }
    }

    /// Stops cupsd (SIGTERM, so it saves its queues) and waits for it to exit.
    public func stop() {
        let running = process.withLock { process -> ChildProcess? in
            defer { process = nil }
            return process
        }
        guard let running else { return }
        running.terminate()
    }

    /// Adds a raw queue that sends to a socket printer (`socket://127.0.0.1:PORT/?snmp=false`).
    public func addSocketQueue(_ name: String, port: Int) throws {
        try lpadmin(["-p", name, "-E", "-v", "socket://127.0.0.1:\(port)/?snmp=false", "-m", "raw"])
    }

    /// Adds a raw queue that sends to an IPP printer.
    public func addIPPQueue(_ name: String, uri: String) throws {
        try lpadmin(["-p", name, "-E", "-v", uri, "-m", "raw"])
    }

    /// Runs lpadmin against this cupsd.
    public func lpadmin(_ arguments: [String]) throws {
        try ChildProcess.run("/usr/sbin/lpadmin", arguments, environment: environment)
    }

    /// Runs another CUPS tool (`cupsreject`, `cupsaccept`, `lp`…) against this cupsd.
    @discardableResult
    public func tool(_ path: String, _ arguments: [String]) throws -> String {
        try ChildProcess.run(path, arguments, environment: environment)
    }

    /// cupsd's error log, for failure messages.
    public func errorLog() -> String {
        (try? String(contentsOfFile: scratch.file("log/error_log"), encoding: .utf8)) ?? ""
    }
}
