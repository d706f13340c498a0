import Foundation
import Synchronization
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonPrint

/// The hall engine → TicketPrintService → libcups → a private cupsd → emupos, which
/// decodes the ticket; and the `ticket.printed` event the service journals.
@Suite("Kiosk tickets printed by the print service", .serialized)
struct TicketPrintServiceTests {
    /// A hall of HallFixtures.small with `printers` and a public address for the QR code.
    static func hall(_ printers: [PrinterConfig]) -> HallConfig {
        var config = HallFixtures.small()
        config.printers = printers
        config.center.publicURL = "https://mfc.example.ru"
        return config
    }

    /// The service running on `h`'s engine, its notes collected.
    final class Running: Sendable {
        let task: Task<Void, Never>
        let collector: Task<Void, Never>
        let notes = NoteList()

        init(_ service: TicketPrintService) {
            task = Task { await service.run() }
            let stream = service.notes
            let notes = self.notes
            collector = Task { for await note in stream { notes.append(note) } }
        }

        /// Waits until `count` notes came; all of them so far.
        func waitForNotes(_ count: Int, within limit: Duration = .seconds(30)) async throws -> [PrintNote] {
            do {
                try await waitUntil("\(count) print note(s)", timeout: limit) { notes.all.count >= count }
            } catch {
                throw FixtureFailure(description: "\(error); got \(notes.all)")
            }
            return notes.all
        }

        func stop() {
            task.cancel()
            collector.cancel()
        }
    }

    final class NoteList: Sendable {
        private let notes = Mutex<[PrintNote]>([])
        func append(_ note: PrintNote) { notes.withLock { $0.append(note) } }
        var all: [PrintNote] { notes.withLock { $0 } }
    }

    static func printer(_ config: PrinterConfig, _ cupsd: PrivateCupsd) -> TicketPrinter {
        TicketPrinter(config: config, profile: .epsonTMT20III,
                      connection: CupsConnection(server: CupsServerAddress(host: cupsd.socketPath)))
    }

    /// The `ticket.printed` records the journal holds.
    static func printed(_ h: EngineHarness) -> [(CommandID, PrintRecord)] {
        h.journal.events.compactMap { e in
            if case .ticketPrinted(let record, _) = e.event { return (e.command, record) }
            return nil
        }
    }

    /// kiosk-1's printer `printer-k1` on `cupsd`'s queue `kiosk_1` to `port` (one nobody
    /// listens to: cupsd keeps every job), and the print service running on a new hall.
    static func kioskPrinter(_ cupsd: PrivateCupsd, port: Int, statusAddress: String? = nil, follow: Duration,
                             adjust: (inout HallConfig) -> Void = { _ in }) async throws -> (EngineHarness, Running) {
        try cupsd.addSocketQueue("kiosk_1", port: port)
        var config = Self.hall([PrinterConfig(id: "printer-k1", queue: "kiosk_1", statusAddress: statusAddress, kiosk: "kiosk-1")])
        adjust(&config)
        let h = try await EngineHarness.make(config)
        let running = Running(TicketPrintService(engine: h.engine, printers: [Self.printer(config.printers[0], cupsd)],
                                                 follow: follow))
        return (h, running)
    }

    @Test("a kiosk's ticket prints on its printer with the service, the number and the QR; printed is journaled")
    func printsKioskTicket() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        let (h, running) = try await Self.kioskPrinter(cupsd, port: emupos.port, follow: .seconds(10))
        defer { running.stop() }

        // Not printed: a console ticket (no kiosk) and a kiosk without a printer.
        try await h.issue("consult")
        try await h.issue("consult", kiosk: "kiosk-9")
        let ticket = try await h.issue("passport", kiosk: "kiosk-1")
        let token = try #require(ticket.publicToken)

        let notes = try await running.waitForNotes(1)
        #expect(notes.map(\.label) == ["П001"])
        #expect(notes[0].record == PrintRecord(ticket: ticket.id, printer: "printer-k1", status: .printed),
                "cupsd log: \(cupsd.errorLog())")
        #expect(notes[0].journalFailure == nil)

        let receipt = try #require(try await emupos.waitForReceipts(1).first)
        #expect(receipt.contains("Паспорт РФ"), "receipt:\n\(receipt)")
        #expect(receipt.contains("П001"), "receipt:\n\(receipt)")
        #expect(receipt.contains("МФЦ Тест"), "receipt:\n\(receipt)")
        #expect(receipt.contains("[qr https://mfc.example.ru/t/\(token)]"), "receipt:\n\(receipt)")

        let records = Self.printed(h)
        #expect(records.map(\.0) == [CommandID("print-\(ticket.id)")])
        #expect(records.map(\.1.status) == [.printed])
        #expect(await h.engine.ticket(ticket.id)?.ticket.printStatus == .printed)

        // Nothing else was sent to the printer.
        try await Task.sleep(for: .milliseconds(500))
        #expect(emupos.receipts().count == 1)
        #expect(running.notes.all.count == 1)
    }

    @Test("a burst of presses past the kiosk's limit: the limit refusal, and no job beyond the limit")
    func burstPastTheKioskLimit() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        let (h, running) = try await Self.kioskPrinter(cupsd, port: emupos.port, follow: .seconds(10)) {
            $0.policy.kioskTicketsPerMinute = 3
        }
        defer { running.stop() }

        var refused: [HallError] = []
        for _ in 0..<8 {  // a child pressing again and again, within a second
            do { try await h.issue("consult", kiosk: "kiosk-1") } catch let e as HallError { refused.append(e) }
            h.clock.advance(0.1)
        }
        #expect(refused.count == 5)
        #expect(refused.allSatisfy { $0.code == .rateLimited }, "\(refused)")
        let notes = try await running.waitForNotes(3)
        #expect(notes.allSatisfy { $0.record.status == .printed }, "\(notes)")
        #expect(try await emupos.waitForReceipts(3).count == 3)
        try await Task.sleep(for: .milliseconds(800))
        #expect(emupos.receipts().count == 3, "no job for a refused press")
        #expect(running.notes.all.count == 3)
        #expect(try await CupsConnection(server: CupsServerAddress(host: cupsd.socketPath)).activeJobs(on: "kiosk_1").isEmpty)
    }

    @Test("out of paper (DLE EOT): no job, the record says failed and why, in Russian first")
    func paperOut() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        let (h, running) = try await Self.kioskPrinter(cupsd, port: emupos.port, statusAddress: "127.0.0.1:\(emupos.port)",
                                                       follow: .seconds(5))
        try emupos.fault("paper-out", active: true)
        defer { running.stop(); withExtendedLifetime(cupsd) {} }

        let ticket = try await h.issue("passport", kiosk: "kiosk-1")
        let note = try #require(try await running.waitForNotes(1).first)
        #expect(note.record.status == .failed)
        let message = note.record.message ?? ""
        #expect(message.hasPrefix("принтер «printer-k1»: нет бумаги; номер показан на экране / "), "\(message)")
        #expect(message.contains("out of paper"), "\(message)")
        #expect(Self.printed(h).map(\.1) == [note.record])
        #expect(await h.engine.ticket(ticket.id)?.ticket.printStatus == .failed)
        #expect(emupos.receipts().isEmpty)
    }

    @Test("the printer is gone: cupsd holds the job, the record says pending")
    func printerGone() async throws {
        let cupsd = try PrivateCupsd()
        let (h, running) = try await Self.kioskPrinter(cupsd, port: LocalPorts.stable(), follow: .seconds(1))
        defer { running.stop(); withExtendedLifetime(cupsd) {} }  // cupsd stops when dropped

        let ticket = try await h.issue("passport", kiosk: "kiosk-1")
        let note = try #require(try await running.waitForNotes(1).first)
        #expect(note.record.status == .pending)
        #expect(note.record.message?.contains("номер показан на экране; талон напечатается, когда принтер освободится") == true,
                "\(note.record.message ?? "")")
        #expect(Self.printed(h).map(\.1.status) == [.pending])
        #expect(await h.engine.ticket(ticket.id)?.ticket.printStatus == .pending)
    }

    @Test("a printer's next ticket goes to cupsd while the last one's job is still followed")
    func nextTicketDoesNotWaitForTheLastJob() async throws {
        // cupsd keeps every job, so each ticket's job is followed for the whole `follow`. The second and third tickets must not wait for
        // that: a kiosk's visitors would stand at an idle printer meanwhile.
        let cupsd = try PrivateCupsd()
        let (h, running) = try await Self.kioskPrinter(cupsd, port: LocalPorts.stable(), follow: .seconds(30))
        defer { running.stop() }

        for service in ["passport", "consult", "benefits"] as [ServiceID] { try await h.issue(service, kiosk: "kiosk-1") }
        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        try await waitUntil("all three tickets' jobs with cupsd", timeout: .seconds(15)) {
            (try? await connection.activeJobs(on: "kiosk_1").count) == 3
        }
        #expect(running.notes.all.isEmpty, "no job has been followed to its end yet: \(running.notes.all)")
    }

    @Test("a stuck printer never holds up another kiosk's ticket; each printer prints in order")
    func printersAreIndependent() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: LocalPorts.stable())   // nobody listens
        try cupsd.addSocketQueue("kiosk_2", port: emupos.port)
        let config = Self.hall([
            PrinterConfig(id: "printer-k1", queue: "kiosk_1", kiosk: "kiosk-1"),
            PrinterConfig(id: "printer-k2", queue: "kiosk_2", kiosk: "kiosk-2"),
        ])
        let h = try await EngineHarness.make(config)
        let running = Running(TicketPrintService(engine: h.engine, printers: config.printers.map { Self.printer($0, cupsd) },
                                                 follow: .seconds(8)))
        defer { running.stop() }

        let stuck = try await h.issue("passport", kiosk: "kiosk-1")
        let first = try await h.issue("consult", kiosk: "kiosk-2")
        let second = try await h.issue("benefits", kiosk: "kiosk-2")
        let clock = ContinuousClock()
        let start = clock.now
        let notes = try await running.waitForNotes(2)
        #expect(clock.now - start < .seconds(8), "kiosk-2's tickets waited for kiosk-1's printer")
        // Both on printer-k2 (their notes may come in either order: each job is followed
        // on its own); printed in the order they were issued (the receipts below).
        #expect(Set(notes.prefix(2).map(\.record.ticket)) == [first.id, second.id], "\(notes)")
        #expect(notes.prefix(2).allSatisfy { $0.record.status == .printed && $0.record.printer == "printer-k2" })
        let receipts = try await emupos.waitForReceipts(2)
        #expect(receipts[0].contains("К001") && receipts[1].contains("С001"), "\(receipts)")

        let all = try await running.waitForNotes(3)
        #expect(all.last?.record.ticket == stuck.id)
        #expect(all.last?.record.status == .pending)
    }
}
