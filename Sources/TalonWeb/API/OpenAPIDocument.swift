import Foundation

/// The hand-written OpenAPI 3.1 document, `Resources/openapi.yaml`, served as it is.
enum OpenAPIDocument {
    static func load() -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let data = try? Data(contentsOf: url) else {
            return Data("openapi: 3.1.0\ninfo: {title: Talon, version: missing}\npaths: {}\n".utf8)
        }
        return data
    }
}
