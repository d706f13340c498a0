import CEvdev

/// An inotify watch on the device directory: nodes appearing, vanishing or changing
/// permissions. Owns its descriptor.
final class Inotify {
    let fd: Int32

    init(directory: String) throws(InputError) {
        var wd: Int32 = 0
        let rc = talon_inotify_watch_dir(directory, &wd)
        guard rc >= 0 else { throw .watchFailed(path: directory, errno: -rc) }
        fd = rc
    }

    deinit { close(fd) }

    /// Reads and forgets pending notifications; true if there were any.
    func drain() -> Bool { talon_inotify_drain(fd) != 0 }
}

/// poll(2) over descriptors, returning each one's revents.
enum Poller {
    struct Result { var readable: Bool; var hangup: Bool }

    static func wait(_ fds: [Int32], timeoutMilliseconds: Int32) -> [Result] {
        var pfds = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let rc = poll(&pfds, nfds_t(pfds.count), timeoutMilliseconds)
        guard rc > 0 else { return fds.map { _ in Result(readable: false, hangup: false) } }
        return pfds.map {
            Result(readable: $0.revents & Int16(POLLIN) != 0,
                   hangup: $0.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0)
        }
    }

    /// CLOCK_REALTIME now, the clock evdev stamps events with by default.
    static func now() -> EventTime {
        let usec = Int64(talon_realtime_usec())
        return EventTime(seconds: usec / 1_000_000, microseconds: Int32(usec % 1_000_000))
    }
}
