import Foundation

/// Reading a configuration file into text, with errors a person can act on.
enum ConfigFile {
    /// Reads at most one byte more than a hall file may have, so that `/dev/zero` or a
    /// huge file by mistake costs nothing.
    static func read(path: String) throws(ConfigErrors) -> Data {
        do {
            return try bytes(path: path, limit: YAMLDocument.maximumBytes)
        } catch {
            let message = switch error {
            case .missing: "no such file"
            case .folder: "is a directory, not a hall configuration file"
            case .unopenable: "cannot be opened (check its permissions)"
            case .unreadable(let reason): "cannot be read (\(reason))"
            case .tooLarge: "is larger than \(YAMLDocument.maximumBytes / 1024) KiB; a hall configuration is a "
                + "few kilobytes — is this the right file?"
            }
            throw ConfigErrors([ConfigError(.unreadable, file: path, line: nil, message: message)])
        }
    }

    /// Why ``bytes(path:limit:)`` found no bytes; each reader words it for its own files.
    enum ReadFailure: Error {
        case missing, folder, unopenable, tooLarge
        case unreadable(String)
    }

    /// The bytes of the file at `path`, reading at most one byte more than `limit`.
    static func bytes(path: String, limit: Int) throws(ReadFailure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing }
        guard !isDirectory.boolValue else { throw .folder }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unopenable }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        guard data.count <= limit else { throw .tooLarge }
        return data
    }

    /// The text of `data`, which must be UTF-8 (a UTF-8 byte order mark is allowed).
    static func decode(_ data: Data, file: String) throws(ConfigErrors) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ConfigErrors([ConfigError(.unreadable, file: file, line: 1,
                message: "the file is UTF-16 text; save it as UTF-8")])
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidOffset(bytes)
        let line = 1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw ConfigErrors([ConfigError(.unreadable, file: file, line: line,
            message: String(format: "not UTF-8 text (byte 0x%02X); save the file as UTF-8", bytes[offset]))])
    }

    /// The offset of the first byte that is not part of valid UTF-8.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return max(0, min(offset, bytes.count - 1))
            case .error: return min(offset, bytes.count - 1)
            }
        }
    }
}
