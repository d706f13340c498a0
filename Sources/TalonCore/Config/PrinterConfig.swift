/// A ticket printer: a CUPS queue, the ESC/POS profile that shapes its bytes, and the
/// time-outs after which its silence counts as a fault. The YAML `printers:` section
/// becomes a list of these.
public struct PrinterConfig: Sendable, Codable, Hashable {
    /// The printer as a hall device: faults are reported under this id.
    public var id: DeviceID
    /// The CUPS queue name; `nil` prints to the CUPS default destination.
    public var queue: String?
    /// The printer profile name, a file in `hardware/printers/` without `.yaml`
    /// (`epson-tm-t20iii`, `pos-5890`…). Only used for the `raw` format.
    public var profile: String
    /// What Talon sends: ESC/POS bytes for a thermal printer, or plain text for an
    /// ordinary CUPS queue that lays out pages itself.
    public var format: PrinterDocumentFormat
    /// `host:port` of a network ESC/POS printer, asked directly for its paper status
    /// (DLE EOT), since CUPS's socket backend never learns of an empty roll. `nil`: no probe.
    public var statusAddress: String?
    /// A job not finished this many seconds after it was created is reported stuck.
    public var jobStuckTimeoutSeconds: Double
    /// A printer that cannot be reached for this many seconds is reported offline.
    public var offlineTimeoutSeconds: Double
    /// The kiosk whose tickets this printer prints; `nil` for a shared printer.
    public var kiosk: DeviceID?

    public init(id: DeviceID, queue: String? = nil, profile: String = "epson-tm-t20iii",
                format: PrinterDocumentFormat = .raw, statusAddress: String? = nil,
                jobStuckTimeoutSeconds: Double = 60, offlineTimeoutSeconds: Double = 15,
                kiosk: DeviceID? = nil) {
        self.id = id
        self.queue = queue
        self.profile = profile
        self.format = format
        self.statusAddress = statusAddress
        self.jobStuckTimeoutSeconds = jobStuckTimeoutSeconds
        self.offlineTimeoutSeconds = offlineTimeoutSeconds
        self.kiosk = kiosk
    }
}

/// The document format a printer is sent.
public enum PrinterDocumentFormat: String, Sendable, Codable, Hashable, CaseIterable {
    /// ESC/POS bytes, sent as `application/vnd.cups-raw` (no CUPS filter touches them).
    case raw
    /// UTF-8 plain text, sent as `text/plain` for CUPS to lay out on a page.
    case text
}
