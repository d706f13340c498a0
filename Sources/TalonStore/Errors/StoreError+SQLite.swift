import Foundation
import GRDB

/// Factories that turn SQLite failures into errors an operator can act on.
///
/// Result codes: <https://www.sqlite.org/rescode.html>.
extension StoreError {
    static func cannotOpen(_ path: String, _ error: any Error,
                           fileID: String = #fileID, line: Int = #line) -> StoreError {
        diagnosed(.cannotOpen, path, "cannot open journal \(path)", error, fileID: fileID, line: line)
    }

    static func migrationFailed(_ path: String, _ error: any Error,
                                fileID: String = #fileID, line: Int = #line) -> StoreError {
        diagnosed(.migrationFailed, path, "cannot bring journal \(path) to the current schema", error,
                  fileID: fileID, line: line)
    }

    static func writeFailed(_ path: String, _ what: String, _ error: any Error,
                            fileID: String = #fileID, line: Int = #line) -> StoreError {
        diagnosed(.writeFailed, path, "cannot write \(what) to journal \(path)", error,
                  afterReason: "nothing was written; ", fileID: fileID, line: line)
    }

    static func readFailed(_ path: String, _ what: String, _ error: any Error,
                           fileID: String = #fileID, line: Int = #line) -> StoreError {
        diagnosed(.readFailed, path, "cannot read \(what) from journal \(path)", error, fileID: fileID, line: line)
    }

    /// "`failure`: reason; `afterReason`advice", with the reason and advice from ``diagnose(path:error:)``.
    private static func diagnosed(_ code: Code, _ path: String, _ failure: String, _ error: any Error,
                                  afterReason: String = "", fileID: String, line: Int) -> StoreError {
        let (reason, advice) = diagnose(path: path, error: error)
        return StoreError(code, path: path, message: "\(failure): \(reason); \(afterReason)\(advice)",
                          underlying: error, fileID: fileID, line: line)
    }

    static func duplicateCommand(_ path: String, _ id: String, inBatch: Bool,
                                 fileID: String = #fileID, line: Int = #line) -> StoreError {
        let where_ = inBatch ? "twice in one batch" : "already in the journal"
        return StoreError(.duplicateCommand, path: path,
                          message: "command id «\(id)» is \(where_) (\(path)); nothing of the batch was written; "
                            + "answer a retry with results(of:) instead of committing it again",
                          fileID: fileID, line: line)
    }

    static func sequenceConflict(_ path: String, _ sequence: Int64?,
                                 fileID: String = #fileID, line: Int = #line) -> StoreError {
        let which = sequence.map { "sequence number \($0)" } ?? "a sequence number of the batch"
        return StoreError(.sequenceConflict, path: path,
                          message: "\(which) is already in journal \(path); nothing of the batch was written; "
                            + "the engine must continue after the last recovered event",
                          fileID: fileID, line: line)
    }

    static func encodingFailed(_ path: String, _ what: String, _ error: any Error,
                               fileID: String = #fileID, line: Int = #line) -> StoreError {
        StoreError(.encodingFailed, path: path,
                   message: "cannot encode \(what) for journal \(path): \(error); nothing was written; this is a bug in Talon",
                   underlying: error, fileID: fileID, line: line)
    }

    static func decodingFailed(_ path: String, _ what: String, _ error: any Error,
                               fileID: String = #fileID, line: Int = #line) -> StoreError {
        StoreError(.decodingFailed, path: path,
                   message: "cannot decode \(what) in journal \(path): \(error); "
                     + "the file was written by a newer Talon or is damaged: run `PRAGMA integrity_check` "
                     + "and restore the latest backup if it fails",
                   underlying: error, fileID: fileID, line: line)
    }

    static func invalidArgument(_ path: String, _ message: String,
                                fileID: String = #fileID, line: Int = #line) -> StoreError {
        StoreError(.invalidArgument, path: path, message: message, fileID: fileID, line: line)
    }

    /// A short reason and advice for an SQLite failure on `path`.
    static func diagnose(path: String, error: any Error) -> (reason: String, advice: String) {
        guard let db = error as? DatabaseError else {
            return ("\(error)", "see the underlying error")
        }
        let directory = (path as NSString).deletingLastPathComponent
        let fm = FileManager.default
        switch db.resultCode {
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            if !directory.isEmpty, !fm.fileExists(atPath: directory) {
                return ("directory \(directory) does not exist",
                        "create it and give the talon user write access to it")
            }
            if fm.fileExists(atPath: path), !fm.isWritableFile(atPath: path) {
                return ("permission denied",
                        "give the talon user write access to the file (chown talon \(path))")
            }
            if !directory.isEmpty, !fm.isWritableFile(atPath: directory) {
                return ("permission denied on directory \(directory)",
                        "give the talon user write access to it: the journal keeps -wal and -shm files beside the database")
            }
            return ("\(db.message ?? "unable to open database file") (\(db.extendedResultCode))",
                    "check that the path is a writable file on a local disk")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return ("the file is not an SQLite database or is damaged (\(db.extendedResultCode))",
                    "move it aside and restore the latest backup, or start with an empty journal")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return ("the database is locked by another process (\(db.extendedResultCode))",
                    "stop the other `talon` process that uses this file")
        case .SQLITE_FULL:
            return ("the disk is full", "free space on the journal's partition")
        case .SQLITE_IOERR:
            return ("I/O error (\(db.extendedResultCode))",
                    "check the disk (dmesg, smartctl) and the free space")
        default:
            return ("\(db.message ?? "SQLite error") (\(db.extendedResultCode))",
                    "see the SQLite result code at https://www.sqlite.org/rescode.html")
        }
    }
}
