import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TalonCore
import TalonTestSupport
import TalonWeb

@Suite("GET /api/v1/devices")
struct DeviceRoutesTests {
    /// Issues a ticket at the demo kiosk through the API; its id and printed number.
    static func kioskTicket(_ client: some TestClientProtocol, service: String) async throws -> (id: TicketID, label: String) {
        let r = try await client.call(.post, "/api/v1/tickets", As.kiosk, json: #"{"service":"\#(service)"}"#)
        guard r.status == .created, let json = try? r.json(), let id = json["id"] as? String,
              let label = json["label"] as? String else {
            throw TestFailure("the kiosk could not issue a ticket: \(r.status) \(r.text)")
        }
        return (TicketID(id), label)
    }

    @Test("a printer out of paper and a ticket that did not print are on the console's list, faults first")
    func faultsAndUnprinted() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let me = try await As.account("consultant", client)
            let empty = try await client.call(.get, "/api/v1/devices", me)
            #expect(empty.status == .ok)
            #expect((try empty.json()["devices"] as? [Any])?.isEmpty == true)
            #expect((try empty.json()["unprinted"] as? [Any])?.isEmpty == true)

            _ = try await h.engine.submit(.reportDevice(DeviceStatus(device: "kiosk-1-touch", kind: .input, condition: .ok,
                                                                     message: "Устройство ввода «kiosk-1-touch» подключено")),
                                          id: CommandID("touch-ok"))
            _ = try await h.engine.submit(.reportDevice(DeviceStatus(device: "kiosk-1-printer", kind: .printer, condition: .paperOut,
                                                                     message: "нет бумаги")),
                                          id: CommandID("printer-paper-out"))
            let failed = try await Self.kioskTicket(client, service: "consultation")
            h.clock.advance(60)
            let printed = try await Self.kioskTicket(client, service: "consultation")
            h.clock.advance(60)
            let pending = try await Self.kioskTicket(client, service: "issue")
            for (ticket, status) in [(failed, TicketPrintStatus.failed), (printed, .printed), (pending, .pending)] {
                _ = try await h.engine.submit(.recordPrint(PrintRecord(ticket: ticket.id, printer: "kiosk-1-printer", status: status,
                                                                       message: status == .printed ? nil : "нет бумаги")),
                                              id: CommandID("print-\(ticket.id)"))
            }

            let r = try await client.call(.get, "/api/v1/devices", me)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try r.json()
            let devices = body["devices"] as? [[String: Any]] ?? []
            #expect(devices.map { $0["device"] as? String } == ["kiosk-1-printer", "kiosk-1-touch"], "the fault first")
            #expect(devices.first?["kind"] as? String == "printer")
            #expect(devices.first?["condition"] as? String == "paper_out")
            #expect(devices.first?["message"] as? String == "нет бумаги")

            let unprinted = body["unprinted"] as? [[String: Any]] ?? []
            #expect(unprinted.map { $0["label"] as? String } == [pending.label, failed.label], "newest first; the printed one not listed")
            #expect(unprinted.map { $0["printStatus"] as? String } == ["pending", "failed"])
            #expect(unprinted.last?["service"] as? String == "consultation")
            #expect(unprinted.last?["kiosk"] as? String == "kiosk-1")
            #expect(unprinted.last?["issuedAt"] is String)
        }
    }

    @Test("staff only: a display or kiosk token gets 403, nobody gets 401")
    func staffOnly() async throws {
        let h = try await WebHarness.make()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            for who in [As.board, As.kiosk] {
                let r = try await client.call(.get, "/api/v1/devices", who)
                #expect(r.status == .forbidden, "\(r.text)")
                #expect(r.headers[.contentType] == "application/problem+json")
            }
            try await client.call(.get, "/api/v1/devices") { #expect($0.status == .unauthorized) }
            let manager = try await As.account("manager", client)
            try await client.call(.get, "/api/v1/devices", manager) { #expect($0.status == .ok) }
        }
    }
}
