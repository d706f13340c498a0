public import Hummingbird
import Logging
public import ServiceLifecycle

extension WebHall {
    /// The router with every route: the API under `/api/v1`, the event stream, pages,
    /// `/openapi.yaml` and `/metrics`.
    public func router() -> Router<TalonRequestContext> {
        let router = Router(context: TalonRequestContext.self)
        router.add(middleware: ProblemMiddleware(logger: logger))
        let pages = AssetFolder.locate(options.assets)
        if pages == nil {
            logger.warning("the display/ folder was not found; pages are not served (set TALON_DISPLAY_DIR)")
        }
        // A router's middleware wraps only the routes added after it: the ticket's live
        // page, whose token in the address is its key, comes before the credential check.
        addTicketPageRoutes(api: router.group("api/v1"), pages: router, folder: pages)
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
        addPageRoutes(to: router, folder: pages)
        addKioskRoutes(api: api, pages: router)
        return router
    }

    /// The services that run beside the HTTP server: the event hub and the kiosk screens.
    public var services: [any Service] { [hub] + (kiosks.map { [$0] } ?? []) }
}
