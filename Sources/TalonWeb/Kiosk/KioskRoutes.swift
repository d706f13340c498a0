import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import Logging
import TalonCore
import TalonKiosk

/// The kiosk screen, drawn by a browser on the kiosk (or anywhere, for a look):
///
/// - `GET /kiosk/{id}` — the page (`kiosk/screen/index.html`), opened with the kiosk's
///   device token as `?token=`; `GET /kiosk/static/{file}` — its script and styles;
/// - `GET /api/v1/kiosks/{id}/screen` — Server-Sent Events: `frame` (what to draw, in
///   the screen's pixels) and `pressed` (a touch landed on a button);
/// - `POST /api/v1/kiosks/{id}/tap` — a touch at `{"x", "y"}` in the frame's pixels,
///   hit-tested on the server like a touch from the evdev touchscreen.
///
/// A kiosk's token opens only its own kiosk; accounts may watch any kiosk and touch it
/// (remote help); display tokens are refused (``kioskAccess(_:_:_:)``).
extension WebHall {
    func addKioskRoutes(api: RouterGroup<TalonRequestContext>, pages router: Router<TalonRequestContext>) {
        let folder = AssetFolder.locateKiosk(options.kioskAssets)
        if folder == nil, !config.kiosks.isEmpty {
            logger.warning("the kiosk/screen/ folder was not found; kiosk pages are not served (set TALON_KIOSK_DIR)")
        }

        router.get("kiosk/static/:file") { _, context in
            try file(folder, try context.parameters.require("file"))
        }
        router.get("kiosk/:kiosk") { _, context in
            try await kioskAccess(DeviceID(try context.parameters.require("kiosk")), .read, context)
            var page = try file(folder, "index.html")
            // The address holds the kiosk's token: never sent on as a referrer.
            page.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
            return page
        }

        api.get("kiosks/:kiosk/screen") { _, context in
            let id = DeviceID(try context.parameters.require("kiosk"))
            let host = try await kioskAccess(id, .read, context)
            return eventStream { writer in try await kioskScreenStream(id, host: host, to: &writer) }
        }

        api.post("kiosks/:kiosk/tap") { request, context in
            let id = DeviceID(try context.parameters.require("kiosk"))
            let host = try await kioskAccess(id, .issue, context)
            let tap = try await body(KioskTapRequest.self, request, limit: 1024)
            if let version = tap.version, let shown = await host.frame(kiosk: id)?.version, version != shown {
                // Aimed at a frame already replaced (a second tap before the page redrew).
                return try json(KioskTapView(KioskTapOutcome(button: nil, version: shown)))
            }
            guard let outcome = await host.tap(kiosk: id, x: tap.x, y: tap.y) else {
                throw Problem.notFound("kiosk «\(id)» is not in the hall configuration", code: "unknown_kiosk")
            }
            return try json(KioskTapView(outcome))
        }
    }
}
