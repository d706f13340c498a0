import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A TCP listener that stands in for a network printer: it takes every connection,
/// reads it to the end and notes when each document had fully arrived.
///
/// Used by the print benchmark to time "bytes at the printer".
/// `@unchecked Sendable`: `listener` is set once in `init`; everything that changes is
/// in the `Mutex`.
public final class ByteSink: @unchecked Sendable {
    /// The port it listens on, 127.0.0.1.
    public let port: Int
    private let listener: Int32
    private let state = Mutex<(arrivals: [ContinuousClock.Instant], closed: Bool)>(([], false))

    /// Listens on a free port of 127.0.0.1.
    public init() throws(PrintError) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard fd >= 0, bound == 0, listen(fd, 16) == 0 else {
            throw PrintError(.io, "the benchmark's printer stand-in could not listen on 127.0.0.1")
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "talon.byte-sink"
        thread.start()
    }

    deinit { close() }

    /// Stops listening.
    public func close() {
        let wasClosed = state.withLock { state in
            defer { state.closed = true }
            return state.closed
        }
        if !wasClosed {
            shutdown(listener, Int32(SHUT_RDWR))
            Glibc.close(listener)
        }
    }

    /// Documents fully received so far.
    public var count: Int { state.withLock { $0.arrivals.count } }

    /// Waits until more than `count` documents have arrived; when the next one did.
    public func waitForArrival(after count: Int, timeout: Duration = .seconds(60)) async -> ContinuousClock.Instant? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let instant = state.withLock({ $0.arrivals.count > count ? $0.arrivals[count] : nil }) {
                return instant
            }
            try? await Task.sleep(for: .microseconds(250))
        }
        return nil
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if state.withLock({ $0.closed }) { return }
                continue
            }
            var received = 0
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                received += n
            }
            Glibc.close(client)
            if received == 0 { continue }
            let now = ContinuousClock.now
            state.withLock { $0.arrivals.append(now) }
        }
    }
}
