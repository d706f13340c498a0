import CCups

extension CupsConnection {
    private static let printerAttributes = [
        "printer-name", "printer-state", "printer-state-reasons", "printer-state-message",
        "printer-is-accepting-jobs", "device-uri", "printer-make-and-model",
    ]

    /// Every queue cupsd has, with its state (CUPS-Get-Printers).
    public func queues() throws(PrintError) -> [PrinterQueueStatus] {
        let defaultName = try? defaultQueueName()
        let request = IPPAttributes.request(IPP_OP_CUPS_GET_PRINTERS, printerURI: nil,
                                            requested: Self.printerAttributes)
        let response = try send(request) { message in
            PrintError(.jobFailed, "print server `\(server.description)` did not list its printers (\(message)); check `lpstat -p`")
        }
        defer { ippDelete(response) }
        return IPPAttributes.groups(response, tag: IPP_TAG_PRINTER).compactMap { group in
            Self.status(group, defaultName: defaultName)
        }
    }

    /// The default queue's name, if cupsd has one (CUPS-Get-Default).
    public func defaultQueueName() throws(PrintError) -> String? {
        let request = IPPAttributes.request(IPP_OP_CUPS_GET_DEFAULT, printerURI: nil, requested: ["printer-name"])
        let http = try connection()
        guard let response = cupsDoRequest(http, request, "/") else {
            throw failure { _ in PrintError(.queueNotFound, "print server `\(server.description)` has no default printer") }
        }
        defer { ippDelete(response) }
        return IPPAttributes.string(response, "printer-name")
    }

    /// One queue's state (Get-Printer-Attributes); `nil` queue is the default.
    public func status(of queue: String?) throws(PrintError) -> PrinterQueueStatus {
        let resolved: String?
        if let queue { resolved = queue } else { resolved = try defaultQueueName() }
        guard let name = resolved else {
            throw PrintError(.queueNotFound, "print server `\(server.description)` has no default printer; name a queue or run `lpadmin -d QUEUE`")
        }
        let request = IPPAttributes.request(IPP_OP_GET_PRINTER_ATTRIBUTES,
                                            printerURI: Self.printerURI(name),
                                            requested: Self.printerAttributes)
        let response = try send(request) { _ in .queueNotFound(name, server: server.description) }
        defer { ippDelete(response) }
        guard let group = IPPAttributes.groups(response, tag: IPP_TAG_PRINTER).first,
              let status = Self.status(group, defaultName: nil) else {
            throw PrintError.queueNotFound(name, server: server.description)
        }
        return status
    }

    static func printerURI(_ queue: String) -> String {
        let escaped = queue.addingPercentEncodingForPath()
        return "ipp://localhost/printers/\(escaped)"
    }

    private static func status(_ group: [String: OpaquePointer], defaultName: String?) -> PrinterQueueStatus? {
        guard let name = IPPAttributes.string(group["printer-name"]) else { return nil }
        let state = IPPAttributes.integer(group["printer-state"]).flatMap(PrinterQueueStatus.State.init) ?? .stopped
        let accepting = group["printer-is-accepting-jobs"].map { ippGetBoolean($0, 0) != 0 } ?? false
        return PrinterQueueStatus(
            name: name, state: state,
            reasons: IPPAttributes.strings(group["printer-state-reasons"]),
            message: IPPAttributes.string(group["printer-state-message"]) ?? "",
            isAcceptingJobs: accepting,
            deviceURI: IPPAttributes.string(group["device-uri"]),
            makeAndModel: IPPAttributes.string(group["printer-make-and-model"]),
            isDefault: name == defaultName)
    }
}

extension String {
    func addingPercentEncodingForPath() -> String {
        var out = ""
        for byte in utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    private func leftPadded(_ n: Int) -> String {
        count >= n ? self : String(repeating: "0", count: n - count) + self
    }
}
