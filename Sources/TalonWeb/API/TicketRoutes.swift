import Foundation
import Hummingbird
import TalonCore

/// `/api/v1/tickets…`, `/api/v1/checkins` (bookings are loaded in ``addImportRoutes(to:)``).
extension WebHall {
    func addTicketRoutes(to api: RouterGroup<TalonRequestContext>) {
        api.post("tickets") { request, context in
            let who = try context.require(.issue)
            let body = try await body(IssueRequest.self, request)
            var kiosk: DeviceID?
            if case .kiosk(let k) = who { kiosk = k.id }
            let issue = IssueTicket(service: ServiceID(body.service), category: body.category.map(CategoryID.init),
                                    appointment: body.appointment.map(AppointmentCode.init),
                                    language: body.language ?? .ru, kiosk: kiosk)
            let result = try await run(.issueTicket(issue), request)
            return try await reply(result, created: true)
        }

        api.post("checkins") { request, context in
            let who = try context.require(.issue)
            let body = try await body(CheckInRequest.self, request)
            var kiosk: DeviceID?
            if case .kiosk(let k) = who { kiosk = k.id }
            let result = try await run(.checkIn(code: AppointmentCode(body.code), kiosk: kiosk,
                                                language: body.language ?? .ru), request)
            return try await reply(result, created: true)
        }

        api.get("tickets/:ticket") { _, context in
            try context.require(.read)
            let id = TicketID(try context.parameters.require("ticket"))
            if let answer = await engine.ticket(id) { return try json(TicketView(answer, config: config)) }
            if let old = try? await history.ticket(id) {
                return try json(TicketView(TicketAnswer(ticket: old), config: config))
            }
            throw Problem.notFound("ticket «\(id)» is not known to this hall", code: "unknown_ticket")
        }

        api.post("tickets/:ticket/postpone") { request, context in
            try context.require(.operate)
            let id = TicketID(try context.parameters.require("ticket"))
            return try await reply(try await run(.postpone(ticket: id), request))
        }

        api.post("tickets/:ticket/return") { request, context in
            try context.require(.operate)
            let id = TicketID(try context.parameters.require("ticket"))
            return try await reply(try await run(.returnTicket(ticket: id), request))
        }

        api.post("tickets/:ticket/cancel") { request, context in
            try context.require(.manage)
            let id = TicketID(try context.parameters.require("ticket"))
            let body = try await body(CancelRequest.self, request)
            return try await reply(try await run(.cancel(ticket: id, reason: body.reason ?? "cancelled at the console"), request))
        }
    }
}
