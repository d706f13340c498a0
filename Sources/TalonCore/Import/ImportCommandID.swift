import Foundation

/// Command ids for imported rows, derived from the row's content.
///
/// The same row imported again — a second run of the same file, a retry after a
/// time-out, the same booking in tomorrow's export — gets the same id, so the engine
/// answers it from the journal and it changes nothing. A row whose content changed gets
/// a new id and is applied. (A consequence: an *older* version of a row, imported again
/// after a newer one, is not applied a second time; the newer content stays.)
///
/// `import:appointment:<code>:<hash>`, `import:notice:<application>:<hash>`, where the
/// hash is 64-bit FNV-1a of the row's fields: ids, not security.
public enum ImportCommandID {
    /// The id of the command that loads `appointment`.
    public static func appointment(_ a: Appointment) -> CommandID {
        let millis = Int64((a.slotAt.timeIntervalSince1970 * 1000).rounded())
        let fields = [a.code.rawValue, a.service.rawValue, String(millis), a.category?.rawValue ?? ""]
        return CommandID("import:appointment:\(a.code.rawValue):\(hash(fields))")
    }

    /// The id of the command that loads `notice`.
    public static func notice(_ n: ReadinessNotice) -> CommandID {
        let fields = [n.application.rawValue, n.service.rawValue, n.status.rawValue, n.expected?.description ?? ""]
        return CommandID("import:notice:\(n.application.rawValue):\(hash(fields))")
    }

    /// FNV-1a over the fields, separated by a unit separator so that «ab|c» ≠ «a|bc».
    static func hash(_ fields: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, field) in fields.enumerated() {
            if i > 0 { h = (h ^ 0x1F) &* 0x0000_0100_0000_01B3 }
            for byte in field.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
