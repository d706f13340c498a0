import TalonCore

/// `printers:` — the ticket printers: CUPS queues and their ESC/POS profiles.
///
/// ```yaml
/// - id: printer-k1
///   queue: kiosk_1                    # CUPS queue; absent: the CUPS default
///   profile: epson-tm-t20iii          # hardware/printers/epson-tm-t20iii.yaml
///   format: raw                       # raw (ESC/POS) | text (a page printer)
///   status_address: 10.0.5.21:9100    # ask the printer itself for paper (DLE EOT)
///   job_stuck_seconds: 60
///   offline_seconds: 15
///   kiosk: kiosk-1
/// ```
///
/// The profile name is checked for form only here, not against `hardware/printers/`:
/// TalonPrint's `PrinterProfileCatalog` resolves it where a printer is set up.
///
/// - Parameter node: The value of `printers:`, or `nil` when the key is absent.
/// - Returns: only the printers without errors.
func parsePrintersSection(_ node: ConfigNode?) -> [PrinterConfig] {
    let keys = ["id", "queue", "profile", "format", "status_address", "job_stuck_seconds",
                "offline_seconds", "kiosk"]
    return ListSection.items(of: node, keys: keys) { map, id in
        let queue = map.optional("queue").flatMap(printerQueue(at:))
        let profile = map.optional("profile").flatMap { $0.identifier() } ?? "epson-tm-t20iii"
        var format = PrinterDocumentFormat.raw
        if let formatNode = map.optional("format"), let text = formatNode.string() {
            if let parsed = PrinterDocumentFormat(rawValue: text) {
                format = parsed
            } else {
                formatNode.report(.invalidValue, "format must be raw (ESC/POS through CUPS) or text (a page printer)")
            }
        }
        let address = map.optional("status_address").flatMap(statusAddress(at:))
        let stuck = map.optionalDouble("job_stuck_seconds", in: 5...3600) ?? 60
        let offline = map.optionalDouble("offline_seconds", in: 2...3600) ?? 15
        let kiosk = map.optional("kiosk").flatMap { $0.identifier() }.map(DeviceID.init)
        guard let id else { return nil }
        return PrinterConfig(id: DeviceID(id), queue: queue, profile: profile, format: format,
                             statusAddress: address, jobStuckTimeoutSeconds: stuck,
                             offlineTimeoutSeconds: offline, kiosk: kiosk)
    }
}

/// A CUPS queue name: printable, no spaces, `/` or `#` (lpadmin refuses them).
private func printerQueue(at node: ConfigNode) -> String? {
    guard let name = node.string() else { return nil }
    let bad = name.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "/" || $0 == "#" }
    guard !name.isEmpty, name.count <= 127, !bad else {
        node.report(.invalidValue, "a CUPS queue name has no spaces, «/» or «#» (see lpstat -p for the names)")
        return nil
    }
    return name
}

/// `host:port` of a network printer.
private func statusAddress(at node: ConfigNode) -> String? {
    guard let text = node.string() else { return nil }
    let parts = text.split(separator: ":")
    guard parts.count == 2, !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port) else {
        node.report(.invalidValue, "status_address is host:port of the printer, e.g. 10.0.5.21:9100")
        return nil
    }
    return text
}
