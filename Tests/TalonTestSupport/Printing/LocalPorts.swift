import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Free TCP ports on 127.0.0.1, so that tests running side by side never collide.
public enum LocalPorts {
    /// A port nobody listens on now (the kernel's pick for port 0).
    public static func free() -> Int {
        onLoopback(0) { fd, address in
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
            }
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            return Int(UInt16(bigEndian: address.sin_port))
        }
    }

    /// A free port for a server that must come back on the same port after a restart.
    ///
    /// Below Linux's ephemeral range (32768–60999), so no other test's port-0 server or
    /// client socket can be handed it in between; and handed out once per test process,
    /// so no other fixture of this process takes it either.
    public static func stable() -> Int {
        for _ in 0..<200 {
            let port = Int.random(in: 20_000..<32_000)
            let fresh = handedOut.withLock { $0.insert(port).inserted }
            if fresh, !isListening(port), canBind(port) { return port }
        }
        return free()
    }

    private static let handedOut = Mutex(Set<Int>())

    static func canBind(_ port: Int) -> Bool {
        onLoopback(port) { fd, address in
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
        }
    }

    /// Whether something accepts connections on `port` (a TCP connect, closed at once).
    public static func isListening(_ port: Int) -> Bool {
        onLoopback(port) { fd, address in
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
        }
    }

    /// Runs `body` with a new TCP socket and the address 127.0.0.1:`port`; closes the
    /// socket afterwards.
    private static func onLoopback<T>(_ port: Int, _ body: (Int32, inout sockaddr_in) -> T) -> T {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return body(fd, &address)
    }
}
