import CEvdev

enum Errno {
    static let noDevice: Int32 = ENODEV
    static let again: Int32 = EAGAIN
    static let access: Int32 = EACCES
    static let permission: Int32 = EPERM
    static let noEntry: Int32 = ENOENT
    static let interrupted: Int32 = EINTR

    /// strerror plus the symbolic name of common codes.
    static func describe(_ code: Int32) -> String {
        let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return "\(text) (errno \(code))"
    }
}
