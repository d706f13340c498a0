/// Version 1 of the journal's schema.
///
/// Conventions, for whoever queries the file:
/// - Times are INTEGER nanoseconds since 1970-01-01T00:00:00Z (see `UnixNanos`);
///   `datetime(issued_at / 1000000000, 'unixepoch', 'localtime')` shows one.
/// - JSON columns are TEXT with sorted keys; their dates are seconds since
///   2001-01-01T00:00:00Z (see `JSONCoding`). <https://www.sqlite.org/json1.html>
/// - Ids are the domain's string ids; enums are their raw values (`no_show`…).
/// - Booleans are 0 or 1.
/// - No foreign keys: there is one writer, which applies facts the engine already
///   checked, and a read-model row may name a window or ticket that has no row yet
///   (windows come from the configuration). Checking them would cost a lookup per row
///   on the commit path for nothing.
///
/// Later versions add columns (`ALTER TABLE … ADD COLUMN`, with a default) or tables in
/// a new migration; they never edit this one, which may already be applied in a hall.
enum SchemaV1 {
    static let sql = """
        -- The journal: every event, in sequence order. seq is the engine's sequence
        -- number (the rowid, so recovery reads a range of the table's own b-tree).
        CREATE TABLE events (
            seq        INTEGER PRIMARY KEY,
            command_id TEXT NOT NULL,
            at         INTEGER NOT NULL,
            type       TEXT NOT NULL,
            ticket_id  TEXT,
            payload    TEXT NOT NULL
        );
        CREATE INDEX events_ticket ON events(ticket_id) WHERE ticket_id IS NOT NULL;

        -- Every command's id and first answer: a retry gets that answer again.
        CREATE TABLE commands (
            id        TEXT PRIMARY KEY NOT NULL,
            at        INTEGER NOT NULL,
            first_seq INTEGER,
            last_seq  INTEGER,
            command   TEXT NOT NULL,
            result    TEXT NOT NULL
        );

        -- Engine snapshots; only the latest few are kept.
        CREATE TABLE snapshots (
            seq   INTEGER PRIMARY KEY,
            at    INTEGER NOT NULL,
            state BLOB NOT NULL
        );

        -- Read models, updated from the events in the transaction that appends them.
        CREATE TABLE tickets (
            id              TEXT PRIMARY KEY NOT NULL,
            business_day    TEXT NOT NULL,
            service         TEXT NOT NULL,
            number          INTEGER NOT NULL,
            label           TEXT NOT NULL,
            category        TEXT,
            appointment     TEXT,
            slot_at         INTEGER,
            language        TEXT NOT NULL,
            kiosk           TEXT,
            status          TEXT NOT NULL,
            window          TEXT,
            target_window   TEXT,
            issued_at       INTEGER NOT NULL,
            first_called_at INTEGER,
            called_at       INTEGER,
            started_at      INTEGER,
            finished_at     INTEGER,
            recalls         INTEGER NOT NULL DEFAULT 0,
            transfers       INTEGER NOT NULL DEFAULT 0,
            outcome         TEXT
        );
        CREATE INDEX tickets_day_service ON tickets(business_day, service);
        CREATE INDEX tickets_status ON tickets(status);
        CREATE INDEX tickets_issued_at ON tickets(issued_at);

        CREATE TABLE windows (
            id               TEXT PRIMARY KEY NOT NULL,
            mode             TEXT NOT NULL DEFAULT 'closed',
            consultant       TEXT,
            current_ticket   TEXT,
            last_finished    TEXT,
            last_finished_at INTEGER,
            last_rating_at   INTEGER,
            updated_at       INTEGER NOT NULL
        );

        CREATE TABLE ratings (
            seq        INTEGER PRIMARY KEY,
            window     TEXT NOT NULL,
            ticket     TEXT,
            consultant TEXT,
            score      INTEGER NOT NULL,
            at         INTEGER NOT NULL,
            misuse     INTEGER NOT NULL,
            device     TEXT
        );
        CREATE INDEX ratings_at ON ratings(at);

        CREATE TABLE appointments (
            code     TEXT PRIMARY KEY NOT NULL,
            service  TEXT NOT NULL,
            slot_at  INTEGER NOT NULL,
            category TEXT,
            ticket   TEXT
        );
        CREATE INDEX appointments_slot ON appointments(slot_at);

        CREATE TABLE device_status (
            device    TEXT PRIMARY KEY NOT NULL,
            kind      TEXT NOT NULL,
            condition TEXT NOT NULL,
            message   TEXT NOT NULL,
            at        INTEGER NOT NULL
        );

        -- Every call and recall. kind: 'call' or 'recall'; reason: the CallReason kind
        -- of a call (NULL for a recall); recall_count: the ticket's recalls so far.
        CREATE TABLE call_log (
            seq          INTEGER PRIMARY KEY,
            ticket       TEXT NOT NULL,
            window       TEXT NOT NULL,
            kind         TEXT NOT NULL,
            reason       TEXT,
            tier         INTEGER,
            recall_count INTEGER NOT NULL DEFAULT 0,
            at           INTEGER NOT NULL
        );
        CREATE INDEX call_log_ticket ON call_log(ticket);
        CREATE INDEX call_log_at ON call_log(at);
        """
}
