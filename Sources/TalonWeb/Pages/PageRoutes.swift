import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import TalonCore

/// The pages: wall displays (`/display/<id>`), the console (`/console`), the manager
/// dashboard (`/dashboard`), their static files, the OpenAPI document and an index. Plain
/// files from `display/`, no build step. A staff page is served to anyone: it holds no
/// data, and the API routes it reads check who is asking.
extension WebHall {
    /// - Parameter folder: `display/` (``AssetFolder/locate(_:)``), `nil` when not found.
    func addPageRoutes(to router: Router<TalonRequestContext>, folder: URL?) {
        router.get("/") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: indexPage())))
        }
        router.get("openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: openAPI)))
        }
        router.get("metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: await metrics.render(engine: engine))))
        }
        router.get("display/static/:file") { _, context in
            try file(folder, try context.parameters.require("file"))
        }
        router.get("display/:display") { _, context in
            let id = DeviceID(try context.parameters.require("display"))
            guard let d = config.displays.first(where: { $0.id == id }) else {
                throw Problem.notFound("display «\(id)» is not in the hall configuration; add it under «displays:»",
                                       code: "unknown_display")
            }
            return try file(folder, d.kind == .board ? "board.html" : "window.html")
        }
        router.get("console") { _, _ in try file(folder, "console.html") }
        router.get("dashboard") { _, _ in try file(folder, "dashboard.html") }
    }

    /// A file of a page folder (`display/`, `kiosk/screen/`) by its bare name (no folders,
    /// so nothing outside it).
    func file(_ folder: URL?, _ name: String) throws -> Response {
        guard let folder else { throw Problem.notFound("pages are not installed on this server", code: "no_pages") }
        let ext = (name as NSString).pathExtension
        guard let type = Self.contentTypes[ext], !name.contains("/"), !name.hasPrefix("."),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            throw Problem.notFound("no page file «\(name)»", code: "no_such_file")
        }
        return Response(status: .ok,
                        headers: [.contentType: type, .cacheControl: "no-cache",
                                  .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
                                  HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "woff2": "font/woff2", "json": "application/json",
    ]

    func indexPage() -> String {
        let displays = config.displays.map { "<li><a href=\"/display/\($0.id)?token=…\">/display/\($0.id)</a> (\($0.kind.rawValue), \($0.orientation.rawValue))</li>" }
        let kiosks = config.kiosks.map { "<li>/kiosk/\($0.id)?token=… (\($0.screen.width)×\($0.screen.height))</li>" }
        return """
        <!doctype html><meta charset="utf-8"><title>Талон / Talon</title>
        <h1>Талон — \(config.center.name.ru)</h1>
        <ul><li><a href="/console">Пульт консультанта / Consultant console</a></li>
        <li><a href="/dashboard">Панель руководителя / Manager dashboard</a></li>
        <li><a href="/openapi.yaml">API (OpenAPI 3.1)</a></li><li><a href="/metrics">/metrics</a></li>
        \(displays.joined(separator: "\n"))
        \(kiosks.joined(separator: "\n"))</ul>
        <p>Табло и терминалы открываются с токеном устройства из конфигурации / Displays and kiosks need their device token from the configuration.</p>
        """
    }
}
