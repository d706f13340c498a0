/// Word wrapping for fixed-width lines, shared by every renderer.
enum LineWrapping {
    /// Splits `text` into lines of at most `width` characters, breaking at spaces and
    /// cutting words longer than a line (a URL).
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `line` padded on the left to sit in the middle of `width`.
    static func centered(_ line: String, width: Int) -> String {
        let pad = max(0, (width - line.count) / 2)
        return String(repeating: " ", count: pad) + line
    }
}
