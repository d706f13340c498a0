import Foundation

/// Reading an import file into text, with errors a person can act on.
enum ImportFile {
    /// A day's bookings of a large center are a few hundred kilobytes; more is a mistake.
    static let maximumBytes = 16 * 1024 * 1024

    /// The bytes of `path`, reading at most one byte more than an import may have.
    static func read(path: String) throws(ConfigErrors) -> Data {
        do {
            return try ConfigFile.bytes(path: path, limit: maximumBytes)
        } catch {
            let megabytes = maximumBytes / 1024 / 1024
            let (ru, en) = switch error {
            case .missing: ("файла нет", "no such file")
            case .folder: ("это папка, а не файл CSV", "is a folder, not a CSV file")
            case .unopenable: ("файл не открывается (проверьте права доступа)", "cannot be opened (check its permissions)")
            case .unreadable(let reason): ("файл не читается", "cannot be read (\(reason))")
            case .tooLarge: ("файл больше \(megabytes) МБ — тот ли это файл?",
                             "is larger than \(megabytes) MiB — is this the right file?")
            }
            throw ConfigErrors([ConfigError(.unreadable, file: path, line: nil, message: "\(ru) / \(en)")])
        }
    }

    /// The text of `data`, which must be UTF-8; a byte order mark is dropped.
    static func decode(_ data: Data, file: String) throws(ConfigErrors) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ConfigErrors([ConfigError(.unreadable, file: file, line: 1, message:
                "файл в кодировке UTF-16; сохраните его как CSV UTF-8 / the file is UTF-16 text; save it as CSV UTF-8")])
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = ConfigFile.firstInvalidOffset(bytes)
        let line = 1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        // Cyrillic letters of Windows-1251 are 0xC0–0xFF: what Excel writes for «CSV (разделители — запятые)».
        let hint = bytes[offset] >= 0xC0 ? " (похоже на Windows-1251)" : ""
        throw ConfigErrors([ConfigError(.unreadable, file: file, line: line, message: String(format:
            "файл не в UTF-8\(hint): байт 0x%02X; сохраните его как «CSV UTF-8» / "
                + "not UTF-8 text (byte 0x%02X); save the file as CSV UTF-8", bytes[offset], bytes[offset]))])
    }
}
