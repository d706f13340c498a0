import Foundation
import Hummingbird
import TalonCore

/// `/api/v1/windows/{id}/…`: what a consultant does at a window.
extension WebHall {
    func addWindowRoutes(to api: RouterGroup<TalonRequestContext>) {
        // Commands without a body.
        let simple: [(String, @Sendable (WindowID) -> Command)] = [
            ("call-next", { .callNext(window: $0) }),
            ("recall", { .recall(window: $0) }),
            ("start", { .startService(window: $0) }),
            ("no-show", { .markNoShow(window: $0) }),
            ("open", { .openWindow(window: $0) }),
            ("pause", { .pauseWindow(window: $0) }),
            ("close", { .closeWindow(window: $0) }),
            ("sign-out", { .signOut(window: $0) }),
        ]
        for (path, make) in simple {
            api.post("windows/:window/\(path)") { request, context in
                try context.require(.operate)
                let window = try knownWindow(context)
                return try await reply(try await run(make(window), request))
            }
        }

        api.post("windows/:window/finish") { request, context in
            try context.require(.operate)
            let window = try knownWindow(context)
            let body = try await body(FinishRequest.self, request)
            let outcome: TicketOutcome
            switch body.outcome ?? "served" {
            case "served": outcome = .served
            case "incomplete": outcome = .incomplete
            default:
                throw Problem(.unprocessableContent, code: "invalid_outcome",
                              "outcome must be «served» or «incomplete»; use no-show or cancel for the others")
            }
            return try await reply(try await run(.finishService(window: window, outcome: outcome), request))
        }

        api.post("windows/:window/transfer") { request, context in
            try context.require(.operate)
            let window = try knownWindow(context)
            let body = try await body(TransferRequest.self, request)
            guard body.service != nil || body.window != nil else {
                throw Problem(.unprocessableContent, code: "invalid_transfer",
                              "name the «service» or the «window» (or both) to transfer the visitor to")
            }
            return try await reply(try await run(.transfer(window: window, toService: body.service.map(ServiceID.init),
                                                           toWindow: body.window.map(WindowID.init)), request))
        }

        api.post("windows/:window/call-specific") { request, context in
            try context.require(.operate)
            let window = try knownWindow(context)
            let body = try await body(CallSpecificRequest.self, request)
            return try await reply(try await run(.callSpecific(window: window, ticket: TicketID(body.ticket),
                                                               reason: body.reason), request))
        }

        api.post("windows/:window/sign-in") { request, context in
            let who = try context.require(.operate)
            let window = try knownWindow(context)
            let body = try await body(SignInRequest.self, request)
            guard case .account(let account) = who else { throw Problem.forbidden("only a person signs in at a window") }
            var consultant = account.login
            if let other = body.consultant, other != account.login.rawValue {
                guard account.role >= .manager else {
                    throw Problem.forbidden("a consultant signs in as themselves; a manager may sign in someone else")
                }
                consultant = ConsultantID(other)
            }
            return try await reply(try await run(.signIn(window: window, consultant: consultant), request))
        }

        api.post("windows/:window/rate") { request, context in
            try context.require(.operate)
            let window = try knownWindow(context)
            let body = try await body(RateRequest.self, request)
            return try await reply(try await run(.rate(window: window, score: body.score, device: nil), request),
                                   created: true)
        }

        api.get("windows/:window/next") { _, context in
            try context.require(.read)
            let window = try knownWindow(context)
            let ranked = engine.explainNext(for: window, in: await engine.current, now: clock.now())
            return try json(ranked.map { TicketView($0, config: config) })
        }
    }

    /// The window named in the path, or 404.
    func knownWindow(_ context: TalonRequestContext) throws -> WindowID {
        let id = WindowID(try context.parameters.require("window"))
        guard config.window(id) != nil else {
            throw Problem.notFound("window «\(id)» is not configured in this hall; see GET /api/v1/queue",
                                   code: "unknown_window")
        }
        return id
    }
}
