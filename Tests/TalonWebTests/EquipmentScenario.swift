import Foundation
import Testing
import TalonCore
import TalonWeb

/// What the staff pages' equipment tests (the console, the dashboard) share: signing in
/// through the page's form, and the printing fault they must both show — kiosk-1's printer
/// out of paper, and a ticket it failed to print.
enum EquipmentScenario {
    /// The printer's fault as the equipment panel words it.
    static let paperOutText = "Принтер kiosk-1-printer: нет бумаги"

    /// cdp.py steps: fill the sign-in form of the page that is open and submit it (password «demo»).
    static func signIn(_ login: String) -> [String] {
        ["wait:document.body.dataset.ready === '1'",
         "eval:document.getElementById('login-name').value = '\(login)'; document.getElementById('login-password').value = 'demo'; document.getElementById('login-submit').click(); true"]
    }

    /// A JS expression: the text of the panel with id `equipment`, "" while it is hidden.
    static let panel = "(document.getElementById('equipment').hidden ? '' : document.getElementById('equipment').textContent)"

    /// kiosk-1's printer reports it is out of paper, as its adapter would (a `device.status` event).
    static func paperOut(_ hall: WebHarness) async throws {
        _ = try await hall.engine.submit(.reportDevice(DeviceStatus(device: "kiosk-1-printer", kind: .printer, condition: .paperOut,
                                                                    message: "В принтере «kiosk-1» закончилась бумага: заправьте рулон.")),
                                         id: CommandID("paper-out"))
    }

    /// Issues a consultation ticket at kiosk-1 and records that printing it failed (a
    /// `ticket.issued`, then a `ticket.printed` event); returns the ticket's label.
    static func unprintedTicket(_ t: BrowserHall) async throws -> String {
        let api = try RawHTTPConnection(port: t.server.port)
        let issued = try await blocking { try api.request("POST", "/api/v1/tickets", headers: ["Authorization": "Bearer \(WebHarness.kiosk)"],
                                                          body: #"{"service":"consultation"}"#) }
        #expect(issued.status == 201)
        let ticket = try JSONSerialization.jsonObject(with: issued.body) as? [String: Any] ?? [:]
        let id = try #require(ticket["id"] as? String), label = try #require(ticket["label"] as? String)
        _ = try await t.hall.engine.submit(.recordPrint(PrintRecord(ticket: TicketID(id), printer: "kiosk-1-printer", status: .failed,
                                                                    message: "нет бумаги")), id: CommandID("print-\(id)"))
        return label
    }

    /// Opens `url` afresh (the session cookie signs it in) and checks that the panel shows the
    /// printer fault and `label`'s failed print straight away, from the API rather than from events.
    static func checkOnLoad(_ browser: Browser, _ url: String, label: String) async throws {
        let text = try await blocking { try browser.text([
            "open:\(url)",
            "wait:document.body.dataset.state === 'signed-in' && document.body.dataset.equipment === '1/1'",
            "eval:\(panel)",
        ]) }
        #expect(text.contains(paperOutText) && text.contains("Талон \(label) не напечатан"), "\(text)")
    }
}
