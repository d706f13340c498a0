public import Foundation

/// A device's description and events read from a recording (evemu or `libinput record`).
public struct Recording: Sendable, Hashable {
    /// The device description, if the file held one.
    public var capabilities: DeviceCapabilities?
    public var events: [InputEvent]

    public init(capabilities: DeviceCapabilities?, events: [InputEvent]) {
        self.capabilities = capabilities
        self.events = events
    }

    /// Reads recordings and merges them: a description from the first file that has one
    /// (pass the `.desc` first so it wins over a wrong one embedded in an `.events`
    /// file), events from all files in order.
    public static func load(_ urls: [URL]) throws(InputError) -> Recording {
        var merged = Recording(capabilities: nil, events: [])
        for url in urls {
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .badRecording("cannot read \(url.path): \(error.localizedDescription)")
            }
            let part = try parse(text)
            if merged.capabilities == nil { merged.capabilities = part.capabilities }
            merged.events += part.events
        }
        return merged
    }

    /// Parses evemu text or `libinput record` YAML, recognised by content.
    public static func parse(_ text: String) throws(InputError) -> Recording {
        if LibinputRecordReader.looksLikeLibinputRecord(text) {
            return try LibinputRecordReader.parse(text)
        }
        return try EvemuReader.parse(text)
    }
}
