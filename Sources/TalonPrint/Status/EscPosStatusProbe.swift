import Foundation
import TalonCore
#if canImport(Glibc)
import Glibc
#endif

/// Asks a network ESC/POS printer for its status with DLE EOT, straight over TCP.
///
/// CUPS's socket backend never learns of an empty roll (the job completes into the
/// printer's buffer), so for a printer with a configured address this is the only way
/// to see paper near-end and paper-out. Runs on a thread of its own: a connect to a
/// dead address may take the whole time-out.
public actor EscPosStatusProbe {
    private let executor = DedicatedThreadExecutor(name: "talon.escpos-status")
    /// `host:port` of the printer.
    public nonisolated let host: String
    public nonisolated let port: Int
    private let timeoutMilliseconds: Int32

    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// A probe for the printer at `address` (`host:port`, port 9100 if omitted).
    public init(address: String, timeout: Duration = .milliseconds(800)) throws(PrintError) {
        let parsed = try CupsServerAddress(parsing: address, defaultPort: 9100)
        host = parsed.host
        port = parsed.port
        timeoutMilliseconds = Int32(timeout.components.seconds * 1000
            + timeout.components.attoseconds / 1_000_000_000_000_000)
    }

    isolated deinit {
        executor.stop()
    }

    /// The printer's status, or an error when it cannot be reached.
    public func status() throws(PrintError) -> PrinterSelfStatus {
        let fd = try connect()
        defer { close(fd) }
        let printer = try ask(fd, 1)
        let cause = try ask(fd, 2)
        let paper = try ask(fd, 4)
        return PrinterSelfStatus(printer: printer, offlineCause: cause, paperSensor: paper)
    }

    private func unreachable(_ what: String) -> PrintError {
        PrintError(.offline, "printer at \(host):\(port) does not answer (\(what)); check its power and network cable")
    }

    private func connect() throws(PrintError) -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw PrintError(.invalidAddress, "printer address `\(host)` cannot be resolved; fix `status_address`")
        }
        defer { freeaddrinfo(list) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { throw unreachable("no socket") }
        if Glibc.connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 && errno != EINPROGRESS {
            close(fd)
            throw unreachable(String(cString: strerror(errno)))
        }
        var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        var soError: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        if poll(&poller, 1, timeoutMilliseconds) != 1
            || getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length) != 0 || soError != 0 {
            close(fd)
            throw unreachable(soError != 0 ? String(cString: strerror(soError)) : "connect timed out")
        }
        return fd
    }

    private func ask(_ fd: Int32, _ n: UInt8) throws(PrintError) -> UInt8 {
        let request = EscPos.statusRequest(n)
        let sent = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { throw unreachable("send failed") }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeoutMilliseconds) == 1 else { throw unreachable("no status reply") }
        var byte: UInt8 = 0
        guard recv(fd, &byte, 1, 0) == 1 else { throw unreachable("connection closed") }
        return byte
    }
}
