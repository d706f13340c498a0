import Foundation

/// A journal file for a run that does not name one: in memory-backed /dev/shm where it
/// exists (a simulation needs no real fsync), else the temp folder.
enum TempDatabase {
    static func path(_ name: String) -> String {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return "\(folder)/talon-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite"
    }

    /// Removes the database and its `-wal` and `-shm` files; with `lockFile`, also the
    /// journal's `-talon.lock` — only for a file no other process can be using (a run's
    /// own temporary journal), since a lock file removed under a holder lets a second
    /// process lock a new one.
    static func remove(_ path: String, lockFile: Bool = false) {
        for suffix in ["", "-wal", "-shm"] + (lockFile ? ["-talon.lock"] : []) {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
