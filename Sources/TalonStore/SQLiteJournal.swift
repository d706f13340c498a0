public import Foundation
public import TalonCore
import GRDB

/// The hall's journal on an SQLite file: events, command answers, snapshots and the
/// read models (tickets, windows, ratings…) that the web and the dashboard query.
///
/// Open it once per process and hand it to the engine, its only writer:
///
/// ```swift
/// let journal = try SQLiteJournal(path: "/var/lib/talon/hall.sqlite")
/// let recovery = try await journal.recover()
/// ```
///
/// Every commit is one SQLite transaction in WAL mode with `synchronous=FULL`: when
/// ``commit(_:)`` returns, the batch survives a crash or a power cut. Readers (queries)
/// run on their own connections and never wait for the writer.
/// See <https://www.sqlite.org/wal.html> and
/// <https://www.sqlite.org/pragma.html#pragma_synchronous>.
///
/// Every method throws ``StoreError``.
public final class SQLiteJournal: Journal, Sendable {
    // Sendable without `@unchecked`: its stored properties are immutable and Sendable;
    // GRDB's DatabasePool is Sendable and serializes access to each SQLite connection.

    /// Settings of a journal.
    public struct Options: Sendable {
        /// How long a write waits for a lock held by another connection (a checkpoint,
        /// a backup) before it fails.
        public var busyTimeout: TimeInterval
        /// How many snapshots to keep; older ones are deleted when one is saved.
        public var snapshotsKept: Int
        /// Concurrent reader connections (web, dashboard, SSE).
        public var maximumReaderCount: Int

        public init(busyTimeout: TimeInterval = 5, snapshotsKept: Int = 3, maximumReaderCount: Int = 4) {
            self.busyTimeout = busyTimeout
            self.snapshotsKept = snapshotsKept
            self.maximumReaderCount = maximumReaderCount
        }
    }

    /// The database file.
    public let path: String
    public let options: Options
    let database: DatabasePool
    /// One journal, one engine: held until ``close()`` (see ``JournalLock``).
    let lock: JournalLock

    /// Opens (or creates) the journal at `path` and brings its schema up to date.
    ///
    /// The directory must exist and be writable: SQLite keeps `-wal` and `-shm` files
    /// beside the database, and Talon a `-talon.lock` file. While a process has the
    /// journal open, opening it in another process fails with ``StoreError/Code/inUse``.
    public init(path: String, options: Options = Options()) throws {
        guard options.snapshotsKept >= 1, options.maximumReaderCount >= 1 else {
            throw StoreError.invalidArgument(path,
                "journal options for \(path) need snapshotsKept ≥ 1 and maximumReaderCount ≥ 1")
        }
        self.path = path
        self.options = options
        do {
            database = try DatabasePool(path: path, configuration: ConnectionSetup.configuration(options))
            try database.writeWithoutTransaction(ConnectionSetup.restoreFullSync)
        } catch {
            throw StoreError.cannotOpen(path, error)
        }
        // After the open, whose errors say best what is wrong with a path; before the
        // migrations, which only the journal's one writer may run.
        lock = try JournalLock(journalPath: path)
        do {
            let migrator = Migrations.migrator
            let superseded = try database.read { try migrator.hasBeenSuperseded($0) }
            if superseded {
                throw StoreError(.migrationFailed, path: path,
                    message: "journal \(path) was written by a newer Talon (schema after \(Migrations.latest)); "
                        + "run that version, or restore a backup made by this one")
            }
            try migrator.migrate(database)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.migrationFailed(path, error)
        }
    }

    /// Closes the connections and releases the journal's lock. Later calls fail; closing
    /// twice is harmless.
    public func close() throws {
        defer { lock.release() }
        do { try database.close() } catch { throw StoreError.writeFailed(path, "the final checkpoint", error) }
    }

    // MARK: - Access with errors that name the file

    /// Runs `updates` on the writer in one transaction, or with `transaction: false` on
    /// the writer as it is (a bulk load that sets its own pragmas and transaction).
    func writing<T: Sendable>(_ what: String, transaction: Bool = true,
                              _ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await transaction ? database.write(updates) : database.writeWithoutTransaction(updates)
        } catch {
            throw named(error) { StoreError.writeFailed(path, what, $0) }
        }
    }

    /// ``writing(_:transaction:_:)`` on the calling thread, which waits: for the engine's
    /// commit, made from its own thread (GRDB runs a synchronous write inline).
    func writingNow<T>(_ what: String, _ updates: (Database) throws -> T) throws -> T {
        do {
            return try database.write(updates)
        } catch {
            throw named(error) { StoreError.writeFailed(path, what, $0) }
        }
    }

    /// A read on the calling thread, which waits, on the writer's connection: for the
    /// engine, the journal's only writer, between its commits, so it sees every commit
    /// and takes no connection from the readers the web needs.
    func readingNow<T>(_ what: String, _ value: (Database) throws -> T) throws -> T {
        do {
            return try database.writeWithoutTransaction(value)
        } catch {
            throw named(error) { StoreError.readFailed(path, what, $0) }
        }
    }

    func reading<T: Sendable>(_ what: String, _ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await database.read(value)
        } catch {
            throw named(error) { StoreError.readFailed(path, what, $0) }
        }
    }

    /// `error` as it is when it already names the file (a ``StoreError``), else wrapped.
    private func named(_ error: any Error, _ wrap: (any Error) -> StoreError) -> StoreError {
        error as? StoreError ?? wrap(error)
    }
}
