import Foundation

/// A journal file for a run that does not name one: in memory-backed /dev/shm where it
/// exists (a simulation needs no real fsync), else the temp folder.
enum TempDatabase {
    static func path(_ name: String) -> String {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return "\(folder)/talon-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite"
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
