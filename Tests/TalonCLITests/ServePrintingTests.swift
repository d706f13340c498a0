import Foundation
import GRDB
import Testing
import TalonTestSupport

/// `talon serve` with a printer configured: a ticket issued at the kiosk comes out of
/// the kiosk's printer (a private cupsd and emupos), and `ticket.printed` is journaled.
@Suite("talon serve prints kiosk tickets", .serialized)
struct ServePrintingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let kioskToken = "demo-kiosk-1-a790340c76d2cf00"

    @Test("issue at kiosk-1 → printed on printer-k1 → ticket.printed (printed) in the journal")
    func printsThroughServe() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: emupos.port)
        let folder = try TempFolder("talon-serve-print")
        defer { folder.remove() }
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("kiosk/demo/hall.yaml"), encoding: .utf8)
        let config = folder.file("hall.yaml")
        try (yaml + "\nprinters:\n  - {id: printer-k1, queue: kiosk_1, profile: epson-tm-t20iii, kiosk: kiosk-1}\n")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let db = folder.file("hall.sqlite")
        // 11:00 in Moscow on a Tuesday: the demo hall is open.
        let serve = try Child(["serve", "--config", config, "--db", db, "--http", "127.0.0.1:0",
                               "--cups-server", cupsd.socketPath, "--pretend-time", "2026-11-24T08:00:00Z"])
        defer { serve.terminateAndReap() }   // SIGTERM, then SIGKILL after 10 s
        try #require(await serve.waitFor("url=http://127.0.0.1:", timeout: 30), "serve did not start: \(serve.output)")
        let text = serve.output
        let start = try #require(text.range(of: "url=http://127.0.0.1:"))
        let port = String(text[start.upperBound...].prefix { $0.isNumber })

        let answer = try ChildProcess.run("/usr/bin/curl", [
            "-sS", "-X", "POST", "http://127.0.0.1:\(port)/api/v1/tickets",
            "-H", "Authorization: Bearer \(Self.kioskToken)", "-H", "Content-Type: application/json",
            "-d", #"{"service":"passport"}"#,
        ])
        let ticket = try #require(try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any], "\(answer)")
        let label = try #require(ticket["label"] as? String, "\(answer)")
        let id = try #require(ticket["id"] as? String, "\(answer)")

        let receipt = try #require(try await emupos.waitForReceipts(1, timeout: .seconds(30)).first)
        #expect(receipt.contains("Паспорт РФ"), "receipt:\n\(receipt)")
        #expect(receipt.contains(label), "receipt:\n\(receipt)")

        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        var row: Row?
        try? await waitUntil("ticket.printed in the journal") {
            row = try queue.read { try Row.fetchOne($0, sql: "SELECT command_id, payload FROM events WHERE type = 'ticket.printed'") }
            return row != nil
        }
        let printed = try #require(row, "no ticket.printed in the journal; serve: \(serve.output)")
        #expect(printed["command_id"] as String == "print-\(id)")
        #expect((printed["payload"] as String).contains(#""printed""#), "\(printed)")
    }
}
