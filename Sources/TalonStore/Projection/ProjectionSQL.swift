/// The statements that keep the read models in step with the events.
///
/// They mirror `HallState.apply(_:)` in TalonCore: a ticket row after an event equals
/// the engine's `Ticket` after that event. Upserts where the engine creates a value on
/// first use (windows come from the configuration and have no "created" event).
/// <https://www.sqlite.org/lang_upsert.html>
enum ProjectionSQL {
    /// A ticket's row with every column of ``TicketRow``, overwriting one with the same id.
    static let upsertTicket = """
        INSERT INTO tickets (\(TicketRow.columns)) VALUES (\(TicketRow.placeholders))
        ON CONFLICT (id) DO UPDATE SET \(TicketRow.names.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
        """
    static let ticketPrinted = "UPDATE tickets SET print_status = ? WHERE id = ?"
    static let linkAppointment = "UPDATE appointments SET ticket = ? WHERE code = ?"

    // ticket id last in every ticket update
    static let ticketCalled = """
        UPDATE tickets SET status = ?, window = ?, target_window = NULL, called_at = ?,
                           first_called_at = COALESCE(first_called_at, ?)
        WHERE id = ?
        """
    static let ticketRecalled = "UPDATE tickets SET recalls = ?, called_at = ? WHERE id = ?"
    static let ticketStarted = "UPDATE tickets SET status = ?, started_at = ? WHERE id = ?"
    static let ticketClosed = "UPDATE tickets SET status = ?, finished_at = ?, outcome = ? WHERE id = ?"
    static let ticketTransferred = """
        UPDATE tickets SET status = ?, service = ?, window = NULL, target_window = ?, called_at = NULL,
                           started_at = NULL, recalls = 0, transfers = transfers + 1
        WHERE id = ?
        """
    static let ticketStatus = "UPDATE tickets SET status = ? WHERE id = ?"

    static let insertCall = """
        INSERT INTO call_log (seq, ticket, window, kind, reason, tier, recall_count, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let windowCurrent = """
        INSERT INTO windows (id, current_ticket, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET current_ticket = excluded.current_ticket, updated_at = excluded.updated_at
        """
    static let windowFinished = """
        INSERT INTO windows (id, current_ticket, last_finished, last_finished_at, updated_at)
        VALUES (?, NULL, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET current_ticket = NULL, last_finished = excluded.last_finished,
            last_finished_at = excluded.last_finished_at, updated_at = excluded.updated_at
        """
    /// Frees a window only if it still shows that ticket.
    static let windowRelease = """
        UPDATE windows SET current_ticket = NULL, updated_at = ? WHERE id = ? AND current_ticket = ?
        """
    static let windowMode = """
        INSERT INTO windows (id, mode, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET mode = excluded.mode, updated_at = excluded.updated_at
        """
    static let windowSignIn = """
        INSERT INTO windows (id, consultant, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET consultant = excluded.consultant, updated_at = excluded.updated_at
        """
    static let windowSignOut = "UPDATE windows SET consultant = NULL, updated_at = ? WHERE id = ?"
    static let windowRated = "UPDATE windows SET last_rating_at = ?, updated_at = ? WHERE id = ?"

    static let insertRating = """
        INSERT INTO ratings (seq, window, ticket, consultant, score, at, misuse, device)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let upsertAppointment = """
        INSERT INTO appointments (code, service, slot_at, category, ticket) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (code) DO UPDATE SET service = excluded.service, slot_at = excluded.slot_at,
            category = excluded.category, ticket = excluded.ticket
        """
    static let upsertDevice = """
        INSERT INTO device_status (device, kind, condition, message, at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (device) DO UPDATE SET kind = excluded.kind, condition = excluded.condition,
            message = excluded.message, at = excluded.at
        """
}
