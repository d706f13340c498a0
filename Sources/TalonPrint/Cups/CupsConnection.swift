import CCups
import Foundation
import TalonCore

/// The one owner of a connection to cupsd.
///
/// Every libcups call runs on this actor's own thread (``DedicatedThreadExecutor``):
/// the blocking round trips never stall the engine or the kiosk, which simply `await`,
/// and libcups's per-thread error state is read on the thread that set it. The `http_t`
/// is opened on first use, reopened after a failure, and closed in `deinit`; no C
/// pointer leaves this type.
public actor CupsConnection {
    private let executor: DedicatedThreadExecutor
    /// Where cupsd listens.
    public nonisolated let server: CupsServerAddress
    private let connectTimeoutMilliseconds: Int32
    /// The open `http_t` and the destinations looked up (once: they cost two round trips
    /// a job otherwise), used only on this actor's thread.
    private let handles = CupsHandles()

    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// A connection to `server`, or to the server libcups is configured with
    /// (`CUPS_SERVER`, `client.conf`, the local socket) when `nil`.
    ///
    /// Nothing is connected yet: the first call connects.
    public init(server: CupsServerAddress? = nil, connectTimeout: Duration = .seconds(2)) {
        executor = DedicatedThreadExecutor(name: "talon.cups")
        if let server {
            self.server = server
        } else {
            // cupsServer() reads the environment and client.conf once; harmless off-thread.
            self.server = CupsServerAddress(host: String(cString: cupsServer()), port: Int(ippPort()))
        }
        connectTimeoutMilliseconds = Int32(connectTimeout.components.seconds * 1000
            + connectTimeout.components.attoseconds / 1_000_000_000_000_000)
    }

    // The handles are closed on the thread that used them: handed to it as its last job.
    // (Not an `isolated deinit`: Swift 6.3.1's optimizer meets a cycle on one when another
    // module allocates a holder of this actor — a «circular reference» in a release build.)
    deinit {
        let handles = self.handles
        executor.stop { handles.close() }
    }

    // MARK: - Connection

    /// Whether cupsd answers at all: a fresh connection attempt, so a dead server is
    /// told apart from a missing queue (libcups says "printer does not exist" for both).
    public func isServerReachable() -> Bool {
        guard let probe = open() else {
            dropConnection()
            return false
        }
        httpClose(probe)
        return true
    }

    /// The open connection, opened if need be.
    func connection() throws(PrintError) -> OpaquePointer {
        if let http = handles.http { return http }
        guard let opened = open() else { throw .serverUnreachable(server.description) }
        handles.http = opened
        return opened
    }

    private func open() -> OpaquePointer? {
        httpConnect2(server.host, Int32(server.port), nil, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                     1, connectTimeoutMilliseconds, nil)
    }

    /// Forgets the connection and cached destinations after a failure.
    func dropConnection() {
        handles.close()
    }

    /// The error of a failed call: "server unreachable" when cupsd is gone, whatever
    /// libcups said, else `fallback` built from libcups's message.
    func failure(_ fallback: (String) -> PrintError) -> PrintError {
        let message = cupsLastErrorString().map { String(cString: $0) } ?? "unknown error"
        if !isServerReachable() { return .serverUnreachable(server.description) }
        return fallback(message)
    }

    // MARK: - Destinations

    /// The destination and its capabilities for `queue` (`nil`: the default).
    func destination(_ queue: String?) throws(PrintError)
        -> (dest: UnsafeMutablePointer<cups_dest_t>, info: OpaquePointer) {
        let key = queue ?? ""
        if let cached = handles.destinations[key] { return cached }
        let http = try connection()
        guard let dest = cupsGetNamedDest(http, queue, nil) else {
            let name = queue ?? "(default)"
            throw failure { _ in
                queue == nil
                    ? PrintError(.queueNotFound, "print server `\(server.description)` has no default printer; name a queue or run `lpadmin -d QUEUE`")
                    : .queueNotFound(name, server: server.description)
            }
        }
        guard let info = cupsCopyDestInfo(http, dest) else {
            cupsFreeDests(1, dest)
            throw failure { message in
                PrintError(.queueNotFound, "printer `\(queue ?? "(default)")` did not describe itself (\(message)); check it with `lpstat -p`")
            }
        }
        handles.destinations[key] = (dest, info)
        return (dest, info)
    }

    /// Sends an IPP request; the response, which the caller must `ippDelete`.
    func send(_ request: OpaquePointer, resource: String = "/",
              _ fallback: (String) -> PrintError) throws(PrintError) -> OpaquePointer {
        let http = try connection()
        guard let response = cupsDoRequest(http, request, resource) else {
            throw failure(fallback)
        }
        let status = ippGetStatusCode(response)
        if status.rawValue >= IPP_STATUS_REDIRECTION_OTHER_SITE.rawValue {
            ippDelete(response)
            throw failure(fallback)
        }
        return response
    }
}
