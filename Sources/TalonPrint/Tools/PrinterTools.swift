public import TalonCore

/// What `talon printers` and `talon print-test` do, as library functions: the
/// executable only parses arguments and prints the returned text.
public enum PrinterTools {
    /// A table of every CUPS queue: name, state, accepting, reasons, message, device.
    public static func queueTable(server: CupsServerAddress? = nil) async throws(PrintError) -> String {
        let connection = CupsConnection(server: server)
        guard await connection.isServerReachable() else {
            throw PrintError.serverUnreachable(connection.server.description)
        }
        let queues = try await connection.queues()
        if queues.isEmpty {
            return "print server \(connection.server): no queues; add one with lpadmin -p NAME -E -v socket://HOST:9100 -m raw\n"
        }
        var lines = ["QUEUE                 STATE       ACCEPTING  REASONS                         DEVICE"]
        for queue in queues {
            let name = (queue.isDefault ? "*" : " ") + queue.name
            let reasons = queue.activeReasons.isEmpty ? "-" : queue.activeReasons.joined(separator: ",")
            lines.append([pad(name, 21), pad("\(queue.state)", 11), pad(queue.isAcceptingJobs ? "yes" : "no", 10),
                          pad(reasons, 31), queue.deviceURI ?? "-"].joined(separator: " "))
            if !queue.message.isEmpty { lines.append("                      \(queue.message)") }
        }
        lines.append("(* default)  server: \(connection.server)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Prints (or, with `preview`, only pictures) the sample ticket.
    ///
    /// - Parameters:
    ///   - queue: the CUPS queue; `nil` is the default destination.
    ///   - profile: the printer profile; `nil` is `epson-tm-t20iii`.
    ///   - format: raw ESC/POS or plain text.
    ///   - preview: return the text picture and print nothing.
    /// - Returns: the preview, or a line saying what became of the job.
    public static func printTest(queue: String?, profile: PrinterProfile?, format: PrinterDocumentFormat = .raw,
                                 preview: Bool, language: Language = .ru,
                                 server: CupsServerAddress? = nil) async -> String {
        let profile = profile ?? .epsonTMT20III
        let content = TicketContent.sample(language: language)
        if preview {
            let document = TicketTemplate.standard.layout(content)
            return format == .raw ? PreviewRenderer(profile: profile).render(document)
                                  : PlainTextRenderer().render(document)
        }
        let printer = TicketPrinter(config: PrinterConfig(id: "print-test", queue: queue, profile: profile.id, format: format),
                                    profile: profile, connection: CupsConnection(server: server))
        let outcome = await printer.print(content, follow: .seconds(10))
        let target = queue ?? "(default)"
        switch outcome.status {
        case .printed:
            return "printed the sample ticket on `\(target)` (job \(outcome.jobID ?? 0), profile \(profile.id))\n"
        case .pending, .failed:
            return "the sample ticket did not print on `\(target)`: \(outcome.error?.message ?? "unknown")\n"
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
