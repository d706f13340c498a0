import Foundation

/// Where cupsd listens: a host and port, or a local socket path.
public struct CupsServerAddress: Sendable, Hashable, CustomStringConvertible {
    /// A host name, an address, or a socket path starting with `/`.
    public var host: String
    /// The IPP port (ignored for a socket path).
    public var port: Int

    public init(host: String, port: Int = 631) {
        self.host = host
        self.port = port
    }

    /// Parses `host`, `host:port` or `/path/to/cups.sock` (as `CUPS_SERVER` takes it).
    public init(parsing text: String, defaultPort: Int = 631) throws(PrintError) {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("/") {
            self.init(host: text, port: defaultPort)
            return
        }
        if let colon = text.lastIndex(of: ":"), !text.hasPrefix("[") || text.hasSuffix("]") == false {
            let portText = text[text.index(after: colon)...]
            guard let port = Int(portText), (1...65535).contains(port), colon != text.startIndex else {
                throw PrintError(.invalidAddress, "print server address `\(text)` is not host:port; fix it")
            }
            self.init(host: String(text[..<colon]), port: port)
            return
        }
        guard !text.isEmpty else {
            throw PrintError(.invalidAddress, "print server address is empty; give host:port or a socket path")
        }
        self.init(host: text, port: defaultPort)
    }

    /// `host:port`, or the socket path.
    public var description: String { host.hasPrefix("/") ? host : "\(host):\(port)" }
}
