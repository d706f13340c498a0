import CCups

/// The libcups handles of one ``CupsConnection``: its `http_t` and the destinations it
/// looked up.
///
/// `@unchecked Sendable`: only the connection's own thread touches them — its actor
/// methods while it lives, then ``close()`` as that thread's last job after `deinit`.
final class CupsHandles: @unchecked Sendable {
    var http: OpaquePointer?
    var destinations: [String: (dest: UnsafeMutablePointer<cups_dest_t>, info: OpaquePointer)] = [:]

    /// Frees the destinations and closes the connection; the next use opens it again.
    func close() {
        for entry in destinations.values {
            cupsFreeDestInfo(entry.info)
            cupsFreeDests(1, entry.dest)
        }
        destinations.removeAll()
        if let http { httpClose(http) }
        http = nil
    }
}
