import CEvdev

enum Errno {
    /// strerror's text and the number: `No such device (errno 19)`.
    static func describe(_ code: Int32) -> String {
        let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return "\(text) (errno \(code))"
    }
}
