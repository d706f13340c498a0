import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Many display connections read by one thread with `poll(2)`, each read stamped with
/// the time it returned; the frames are found in the bytes afterwards.
///
/// A thread per connection that parsed each frame as it came (the first version of the
/// benchmark) put 200 threads' wake-ups and string searches on the same two cores as the
/// server, and measured them as delivery time. Here a read costs one `recv`; the 200th
/// connection's read still comes after the 199 before it, and that is counted.
final class SSEReceiver: @unchecked Sendable {
    private let connections: [RawHTTPConnection]
    /// Per connection: every byte read, and where each read ended with its time.
    private var received: [[UInt8]]
    private var reads: [[(end: Int, at: UInt64)]]
    private let stopped = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)

    /// `connections` have had their response head read; what came with it is kept.
    init(_ connections: [RawHTTPConnection]) {
        self.connections = connections
        received = connections.map { $0.takeBuffered() }
        reads = connections.map { _ in [] }
    }

    func start() {
        Thread { [self] in
            var fds = connections.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while !stopped.withLock({ $0 }) {
                guard poll(&fds, nfds_t(fds.count), 50) > 0 else { continue }
                for i in fds.indices where fds[i].revents & Int16(POLLIN) != 0 {
                    let n = chunk.withUnsafeMutableBytes { recv(fds[i].fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                    let at = DispatchTime.now().uptimeNanoseconds
                    if n <= 0 { fds[i].fd = -1; continue }
                    received[i].append(contentsOf: chunk[0..<n])
                    reads[i].append((received[i].count, at))
                }
            }
            finished.signal()
        }.start()
    }

    /// Stops reading and returns, per call label, the times its `ticket.called` frame
    /// was complete at each connection.
    func stop() -> [String: [UInt64]] {
        stopped.withLock { $0 = true }
        finished.wait()
        var result: [String: [UInt64]] = [:]
        for (bytes, reads) in zip(received, reads) {
            for (label, end) in Self.calls(in: bytes) {
                guard let read = reads.first(where: { $0.end >= end }) else { continue }
                result[label, default: []].append(read.at)
            }
        }
        return result
    }

    /// The labels of the `ticket.called` frames in `bytes`, with the offset where each
    /// frame ends; a frame not yet ended is not counted.
    static func calls(in bytes: [UInt8]) -> [(String, Int)] {
        let marker = Array("event: ticket.called\n".utf8), labelKey = Array(#""label":""#.utf8)
        let end = Array("\n\n".utf8)
        var found: [(String, Int)] = []
        var rest = bytes[...]
        while let m = rest.firstRange(of: marker), let frameEnd = rest[m.lowerBound...].firstRange(of: end) {
            let frame = bytes[m.upperBound..<frameEnd.lowerBound]
            if let l = frame.firstRange(of: labelKey) {
                let label = frame[l.upperBound...].prefix { $0 != UInt8(ascii: "\"") }
                found.append((String(decoding: label, as: UTF8.self), frameEnd.upperBound))
            }
            rest = bytes[frameEnd.upperBound...]
        }
        return found
    }
}
