import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TalonCore
import TalonTestSupport
import TalonWeb

/// `POST /api/v1/appointments` and `POST /api/v1/notices`: what `talon import … --url` sends.
@Suite("HTTP API: imports")
struct ImportAPITests {
    static let managerToken = "import-robot-7f3c9a1e5b2d4c6f8a0b"
    static let consultantToken = "consultant-script-0a1b2c3d4e5f"

    /// The demo hall with API tokens on the manager and consultant accounts.
    static func harness() async throws -> WebHarness {
        try await WebHarness.make { config in
            for i in config.accounts.indices {
                switch config.accounts[i].login {
                case "manager": config.accounts[i].token = managerToken
                case "consultant": config.accounts[i].token = consultantToken
                default: break
                }
            }
        }
    }

    static let bookings = #"""
        [{"code":"4821-7730","service":"passport","slot":"2026-11-24T10:30:00+03:00"},
         {"code":"4821-7768","service":"social","slot":"2026-11-24 11:30","category":"disabled"}]
        """#

    @Test("bookings: loaded, then unchanged when sent again; local times in the hall's zone")
    func bookingsTwice() async throws {
        let h = try await Self.harness()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let manager = try await As.account("manager", client)
            let first = try await client.call(.post, "/api/v1/appointments", manager, json: Self.bookings)
            #expect(first.status == .ok, "\(first.text)")
            let body = try first.json()
            #expect(body["loaded"] as? Int == 2)
            #expect(body["unchanged"] as? Int == 0)
            #expect((body["refused"] as? [Any])?.isEmpty == true)
            #expect(body["summary"] as? String == "загружено 2 записи на приём, без изменений 0 / loaded 2 appointments, 0 unchanged")
            let second = try await client.call(.post, "/api/v1/appointments", manager, json: Self.bookings)
            #expect(try second.json()["unchanged"] as? Int == 2)
            #expect(try second.json()["loaded"] as? Int == 0)
        }
        let booked = await h.engine.current.appointments
        #expect(booked["4821-7730"]?.slotAt == ManualClock.date("2026-11-24 10:30"))
        #expect(booked["4821-7768"]?.slotAt == ManualClock.date("2026-11-24 11:30"))
        #expect(booked["4821-7768"]?.category == "disabled")
    }

    @Test("a bad row: 422 naming each problem by its index; nothing is loaded")
    func badRows() async throws {
        let h = try await Self.harness()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let manager = try await As.account("manager", client)
            let r = try await client.call(.post, "/api/v1/appointments", manager, json: #"""
                [{"code":"A","service":"passport","slot":"2026-11-24T10:30:00+03:00"},
                 {"code":"B","service":"passprot","slot":"tomorrow"},
                 {"code":"A","service":"passport","slot":"2026-11-24T11:30:00+03:00"}]
                """#)
            #expect(r.status == .unprocessableContent)
            let detail = try r.json()["detail"] as? String ?? ""
            #expect(try r.json()["code"] as? String == "invalid_rows")
            #expect(detail.contains("\n[1].service: услуги «passprot» нет в этом зале"), "\(detail)")
            #expect(detail.contains("\n[1].slot: «tomorrow» — не дата и время"), "\(detail)")
            #expect(detail.contains("\n[2].code: «A» уже есть выше (строка [0])"), "\(detail)")
        }
        #expect(await h.engine.current.appointments.isEmpty)
    }

    @Test("one object, with the older slotAt, is an import of one")
    func singleObject() async throws {
        let h = try await Self.harness()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let manager = try await As.account("manager", client)
            let r = try await client.call(.post, "/api/v1/appointments", manager,
                                          json: #"{"code":"A1","service":"passport","slotAt":"2026-11-24T08:00:00Z"}"#)
            #expect(r.status == .ok)
            #expect(try r.json()["loaded"] as? Int == 1)
            try await client.call(.post, "/api/v1/appointments", manager, json: #""A1""#) { #expect($0.status == .badRequest) }
            try await client.call(.post, "/api/v1/appointments", manager, json: "[]") {
                #expect($0.status == .ok)
                #expect((try? $0.json())?["loaded"] as? Int == 0)
            }
        }
    }

    @Test("notices: loaded with normalised numbers; a duplicate after normalising is a 422")
    func notices() async throws {
        let h = try await Self.harness()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let r = try await client.call(.post, "/api/v1/notices", As.bearer(Self.managerToken), json: #"""
                [{"application":"0558-2026 041873","service":"issue","status":"ready"},
                 {"application":"0558-2026-041915","service":"issue","status":"in_progress","expected":"2026-11-27"}]
                """#)
            #expect(r.status == .ok, "\(r.text)")
            #expect(try r.json()["summary"] as? String == "загружено 2 заявления, без изменений 0 / loaded 2 readiness notices, 0 unchanged")
            let dup = try await client.call(.post, "/api/v1/notices", As.bearer(Self.managerToken), json: #"""
                [{"application":"a-1","service":"issue","status":"ready"},{"application":"A-1","service":"issue","status":"issued"},
                 {"application":"B","service":"issue","status":"in_progress"}]
                """#)
            #expect(dup.status == .unprocessableContent)
            let detail = try dup.json()["detail"] as? String ?? ""
            #expect(detail.contains("[1].application: «A-1» уже есть выше"), "\(detail)")
            #expect(detail.contains("[2].expected: для документов в работе"), "\(detail)")
        }
        let notices = await h.engine.current.notices
        #expect(notices["0558-2026041873"]?.status == .ready)
        #expect(notices["0558-2026-041915"]?.expected == BusinessDay(year: 2026, month: 11, day: 27))
    }

    @Test("only managers: a consultant, a kiosk, a display and nobody are refused; a manager's API token works")
    func permissions() async throws {
        let h = try await Self.harness()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let consultant = try await As.account("consultant", client)
            for path in ["/api/v1/appointments", "/api/v1/notices"] {
                try await client.call(.post, path, json: "[]") { #expect($0.status == .unauthorized, "\(path)") }
                try await client.call(.post, path, As.kiosk, json: "[]") { #expect($0.status == .forbidden, "\(path)") }
                try await client.call(.post, path, As.board, json: "[]") { #expect($0.status == .forbidden, "\(path)") }
                try await client.call(.post, path, consultant, json: "[]") { #expect($0.status == .forbidden, "\(path)") }
                try await client.call(.post, path, As.bearer(Self.consultantToken), json: "[]") {
                    #expect($0.status == .forbidden, "\(path): a consultant's token is a consultant")
                }
                try await client.call(.post, path, As.bearer(Self.managerToken), json: "[]") { #expect($0.status == .ok, "\(path)") }
                try await client.call(.post, path, As.bearer(Self.managerToken + "x"), json: "[]") {
                    #expect($0.status == .unauthorized, "\(path)")
                }
            }
        }
    }

    @Test("a refused row is listed with its index and the hall's reason; the others load")
    func refusedRow() async throws {
        let h = try await Self.harness()
        defer { h.folder.remove() }
        try await h.app.test(.router) { client in
            let manager = try await As.account("manager", client)
            try await client.call(.post, "/api/v1/appointments", manager,
                                  json: #"[{"code":"X-1","service":"passport","slot":"2026-11-24 10:15"}]"#)
            try await client.call(.post, "/api/v1/checkins", As.kiosk, json: #"{"code":"X-1"}"#) { #expect($0.status == .created) }
            let r = try await client.call(.post, "/api/v1/appointments", manager, json: #"""
                [{"code":"X-2","service":"passport","slot":"2026-11-24 12:00"},
                 {"code":"X-1","service":"passport","slot":"2026-11-24 16:00"}]
                """#)
            #expect(r.status == .ok)
            let body = try r.json()
            #expect(body["loaded"] as? Int == 1)
            let refused = try #require((body["refused"] as? [[String: Any]])?.first)
            #expect(refused["index"] as? Int == 1)
            #expect(refused["key"] as? String == "X-1")
            #expect(refused["code"] as? String == "conflict")
            #expect((refused["message"] as? String)?.contains("талон уже выдан") == true)
        }
    }
}
