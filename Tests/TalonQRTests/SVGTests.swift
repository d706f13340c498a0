import Foundation
import Testing
import TalonQR
import TalonTestSupport

@Suite("SVG rendering")
struct SVGTests {
    let url = "http://127.0.0.1:8080/t/Xk3v9QwZ2mLp7RtY4bN8cA"

    @Test("The document has a white background, one crisp black path, and the requested size")
    func document() throws {
        let code = try QRCode.encode(url)
        let svg = code.svg(module: 10, quietZone: 2)
        let side = code.size + 4
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(side * 10)\" height=\"\(side * 10)\""))
        #expect(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\""))
        #expect(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"))
        #expect(svg.components(separatedBy: "<path ").count == 2)
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test("The path covers exactly the dark modules, and zbarimg reads it", arguments: [0, 4])
    func pathMatchesModules(quietZone: Int) throws {
        let code = try QRCode.encode(url)
        let drawn = try SVGPath.rasterize(code.svg(quietZone: quietZone), side: code.size + 2 * quietZone)
        #expect(drawn == Bitmap(code, quietZone: quietZone))
        if quietZone == 4 { #expect(try Zbar.decode(drawn) == url) }
    }
}

/// Reads back the `M x y h w v1 h-w z` rectangles `QRCode.svg` writes.
enum SVGPath {
    struct Malformed: Error, CustomStringConvertible { let description: String }

    static func rasterize(_ svg: String, side: Int) throws -> Bitmap {
        guard let start = svg.range(of: "d=\""), let end = svg[start.upperBound...].firstIndex(of: "\"") else {
            throw Malformed(description: "no path data in \(svg.prefix(200))")
        }
        var bitmap = Bitmap(side: side)
        for rectangle in svg[start.upperBound..<end].split(separator: "z") {
            // "M12 4h3v1h-3"
            let numbers = rectangle.split(whereSeparator: { "Mhv ".contains($0) }).compactMap { Int($0) }
            guard numbers.count == 5, numbers[3] == 1, numbers[4] == -numbers[2] else {
                throw Malformed(description: "unexpected rectangle `\(rectangle)`")
            }
            for x in numbers[0]..<numbers[0] + numbers[2] { bitmap[x, numbers[1]] = true }
        }
        return bitmap
    }
}
