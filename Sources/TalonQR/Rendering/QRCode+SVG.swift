extension QRCode {
    /// The symbol as a standalone SVG document: a white background and the dark modules
    /// as one black `<path>`, drawn with `shape-rendering="crispEdges"` so modules keep
    /// sharp edges when scaled.
    ///
    /// - Parameters:
    ///   - module: the side of one module in CSS pixels, for the `width` and `height`
    ///     attributes; the `viewBox` is in modules, so the SVG scales cleanly either way.
    ///   - quietZone: light modules around the symbol; readers need at least 4.
    public func svg(module: Int = 8, quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        let pixels = side * module
        var path = ""
        // One rectangle per horizontal run of dark modules keeps the path short.
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else { x += 1; continue }
                let start = x
                while x < size, self[x, y] { x += 1 }
                path += "M\(start + quietZone) \(y + quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels)" height="\(pixels)" \
            viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path d="\(path)" fill="#000"/></svg>
            """
    }
}
