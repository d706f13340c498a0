import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The advisory lock that makes one journal file one engine's: an exclusive `flock(2)`
/// on `<journal>-talon.lock`, held from ``SQLiteJournal/init(path:options:)`` until
/// ``SQLiteJournal/close()`` or the process ends.
///
/// SQLite's own locking keeps the file consistent, but two engines on one journal
/// would each hand out the same ticket numbers from their own state. With this lock a
/// second `talon serve`, or a direct `talon import` while the hall is served, fails at
/// once with a message naming the process that holds it.
///
/// The kernel drops a `flock` when its last descriptor closes, so a process killed
/// with SIGKILL leaves no stale lock. The descriptor is close-on-exec, so a child
/// process (cupsd started by a test, a shell) never inherits it. The lock file stays
/// in place: deleting it would let two processes lock two different files.
/// See <https://man7.org/linux/man-pages/man2/flock.2.html>.
final class JournalLock: Sendable {
    /// The lock file.
    let path: String
    // The descriptor, until released; a Mutex so ``release()`` may run from any thread.
    private let descriptor: Mutex<Int32?>

    /// Takes the lock for the journal at `journalPath`, or throws ``StoreError/Code/inUse``
    /// (another process holds it) or ``StoreError/Code/cannotOpen``.
    init(journalPath: String) throws(StoreError) {
        path = journalPath + "-talon.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError(.cannotOpen, path: journalPath,
                             message: "cannot create the lock file \(path): \(reason); the journal's folder must be writable")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            let holder = Self.holder(fd)
            close(fd)
            if busy {
                let who = holder.map { "process \($0)" } ?? "another process"
                throw StoreError(.inUse, path: journalPath,
                                 message: "journal \(journalPath) is in use by \(who) (a running `talon serve`?); "
                                    + "only one Talon may write a journal — stop it, or send commands through its HTTP API")
            }
            throw StoreError(.cannotOpen, path: journalPath, message: "cannot lock \(path): \(reason)")
        }
        // Who holds it, for the message another process gets; advice only, so errors are ignored.
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        descriptor = Mutex(fd)
    }

    deinit { release() }

    /// The process id written in the lock file by the process holding it.
    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Releases the lock (closing the descriptor); later calls do nothing.
    func release() {
        let fd = descriptor.withLock { fd -> Int32? in
            defer { fd = nil }
            return fd
        }
        guard let fd else { return }
        // Unlock before closing: a child process being spawned this instant shares the
        // descriptor until its exec closes it, and would hold the lock that long.
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}
