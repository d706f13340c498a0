import Foundation
import Synchronization

/// ippeveprinter, CUPS's IPP printer simulator, with a private D-Bus for it; its media
/// levels can be set through its web form, which is how a test empties and refills it.
public final class IppEvePrinter: Sendable {
    public let port: Int
    public let scratch: TempFolder
    private let processes = Mutex<[ChildProcess]>([])

    /// `ipp://localhost:PORT/ipp/print`, for a CUPS queue.
    public var uri: String { "ipp://localhost:\(port)/ipp/print" }

    public init() throws {
        scratch = try TempFolder("talon-ippeve")
        port = LocalPorts.stable()
        let run = try scratch.folder("run")
        let spool = try scratch.folder("spool")
        let bus = "unix:path=\(run)/dbus.sock"
        let dbus = try ChildProcess("/usr/bin/dbus-daemon", ["--session", "--nofork", "--address=\(bus)"],
                                    log: scratch.file("dbus.log"))
        processes.withLock { $0.append(dbus) }
        try blockUntil("dbus socket") { FileManager.default.fileExists(atPath: "\(run)/dbus.sock") }
        let printer = try ChildProcess(
            "/usr/sbin/ippeveprinter",
            ["-r", "off", "-n", "localhost", "-p", "\(port)", "-k", "-d", spool,
             "-f", "application/vnd.cups-raw,application/octet-stream", "-c", "/bin/true", "Kiosk\(port)"],
            environment: ["DBUS_SYSTEM_BUS_ADDRESS": bus], log: scratch.file("ippeveprinter.log"))
        processes.withLock { $0.append(printer) }
        try blockUntil("ippeveprinter on port \(port)") { LocalPorts.isListening(port) }
    }

    deinit {
        stop()
        scratch.remove()
    }

    public func stop() {
        let running = processes.withLock { list -> [ChildProcess] in
            defer { list = [] }
            return list
        }
        for process in running.reversed() {
            process.kill()
        }
    }

    /// Sets the media level of its trays: 0 is out of paper, 250 full.
    public func setMediaLevel(_ level: Int) throws {
        let query = "size1=na_letter_8.5x11in&type1=&size3=na_letter_8.5x11in&type3=&level1=\(level)&level3=\(level)"
        try ChildProcess.run("/usr/bin/curl", ["-sf", "-o", "/dev/null", "http://localhost:\(port)/media?\(query)"])
    }
}
