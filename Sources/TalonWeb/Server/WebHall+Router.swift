public import Hummingbird
public import ServiceLifecycle

extension WebHall {
    /// The router with every route: the API under `/api/v1`, the event stream, pages,
    /// `/openapi.yaml` and `/metrics`.
    public func router() -> Router<TalonRequestContext> {
        let router = Router(context: TalonRequestContext.self)
        router.add(middleware: ProblemMiddleware(logger: logger))
        router.add(middleware: AuthMiddleware(directory: directory, sessions: sessions))
        let api = router.group("api/v1")
        addSessionRoutes(to: api)
        addTicketRoutes(to: api)
        addWindowRoutes(to: api)
        addQueueRoutes(to: api)
        addDeviceRoutes(to: api)
        addImportRoutes(to: api)
        addDisplayReportRoutes(to: api)
        addEventRoutes(to: api)
        addPageRoutes(to: router)
        addTicketPageRoutes(api: api, pages: router)
        addKioskRoutes(api: api, pages: router)
        return router
    }

    /// The services that run beside the HTTP server: the event hub and the kiosk screens.
    public var services: [any Service] { [hub] + (kiosks.map { [$0] } ?? []) }
}
