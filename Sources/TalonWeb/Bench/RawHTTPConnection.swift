public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal blocking HTTP/1.1 client on one keep-alive TCP connection, for the HTTP
/// benchmark and the tests: no pooling, no TLS, nothing hidden between the request
/// and the socket. Use it from one thread at a time (it is not `Sendable`).
/// `@unchecked Sendable`: it holds a socket and a read buffer with no lock; callers use it
/// from one thread at a time (a test hands it to one blocking thread after another).
public final class RawHTTPConnection: @unchecked Sendable {
    private let fd: Int32
    private var buffer: [UInt8] = []

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Connects to `127.0.0.1:port` (or another IPv4 `host`).
    public init(host: String = "127.0.0.1", port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &addr.sin_addr)
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            throw Failure(description: "cannot connect to \(host):\(port): errno \(errno)")
        }
    }

    deinit { close(fd) }

    /// The socket, for a caller that polls many connections at once (``SSEReceiver``).
    public var descriptor: Int32 { fd }

    /// Bytes read past what has been consumed (after ``readHead()``, the body's start).
    public func takeBuffered() -> [UInt8] {
        defer { buffer.removeAll() }
        return buffer
    }

    /// Sets a receive time-out, so a read never blocks for ever.
    public func setTimeout(seconds: Double) {
        var tv = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends a request; `headers` are added as they are.
    public func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) throws {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (k, v) in headers { text += "\(k): \(v)\r\n" }
        if let body {
            text += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        } else {
            text += method == "GET" ? "\r\n" : "Content-Length: 0\r\n\r\n"
        }
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            sent += n
        }
    }

    /// A full request and its reply.
    public func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) throws -> Reply {
        try send(method, path, headers: headers, body: body)
        return try readReply()
    }

    /// Reads one reply (Content-Length or chunked body).
    public func readReply() throws -> Reply {
        let head = try readHead()
        var body = Data()
        if let length = head.headers["content-length"].flatMap(Int.init) {
            body = Data(try readExactly(length))
        } else if head.headers["transfer-encoding"]?.lowercased() == "chunked" {
            while true {
                let line = try readLine()
                let size = Int(line.split(separator: ";").first ?? "0", radix: 16) ?? 0
                if size == 0 { _ = try readLine(); break }
                body.append(contentsOf: try readExactly(size))
                _ = try readLine()
            }
        }
        return Reply(status: head.status, headers: head.headers, body: body)
    }

    /// The status line and headers of a reply (for a stream whose body is read with ``readChunk()``).
    public func readHead() throws -> (status: Int, headers: [String: String]) {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw Failure(description: "bad status line «\(statusLine)»")
        }
        var headers: [String: String] = [:]
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            if let colon = line.firstIndex(of: ":") {
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return (status, headers)
    }

    /// The next chunk of a chunked body as text; `nil` at its end.
    public func readChunk() throws -> String? {
        let line = try readLine()
        let size = Int(line.split(separator: ";").first ?? "0", radix: 16) ?? 0
        if size == 0 { return nil }
        let bytes = try readExactly(size)
        _ = try readLine()
        return String(decoding: bytes, as: UTF8.self)
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { throw Failure(description: n == 0 ? "connection closed" : "recv failed: errno \(errno)") }
        buffer.append(contentsOf: chunk[0..<n])
    }

    private func readLine() throws -> String {
        while true {
            if let i = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<i])
                buffer.removeSubrange(...i)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            try fill()
        }
    }

    private func readExactly(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let out = Array(buffer[..<count])
        buffer.removeSubrange(..<count)
        return out
    }
}
