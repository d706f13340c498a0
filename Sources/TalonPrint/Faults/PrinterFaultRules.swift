public import TalonCore

/// Turns what a poll saw into the one condition the console shows for a printer.
///
/// One condition at a time, the one a person must fix first: no print server, then a
/// missing or refusing queue, then paper, then a silent printer, then a stuck job, then
/// paper running low. The rules are pure, so they are tested without a printer.
public enum PrinterFaultRules {
    /// The printer's condition and a message in Russian that says what to do.
    public static func evaluate(_ observation: PrinterObservation, config: PrinterConfig,
                                server: String) -> DeviceStatus {
        let name = config.queue ?? "(по умолчанию)"
        func status(_ condition: DeviceCondition, _ message: String) -> DeviceStatus {
            DeviceStatus(device: config.id, kind: .printer, condition: condition, message: message)
        }
        guard observation.serverReachable else {
            return status(.serverUnreachable,
                          "Сервер печати \(server) не отвечает: запустите CUPS (systemctl start cups). Талоны показываются на экране.")
        }
        guard let queue = observation.queue else {
            return status(.missing, "Очереди печати «\(name)» нет на сервере \(server): добавьте её (lpadmin) или исправьте настройку printers.")
        }
        if !queue.isAcceptingJobs {
            return status(.notAccepting,
                          "Очередь «\(name)» не принимает задания: выполните cupsaccept \(name). Талоны показываются на экране.")
        }
        if observation.selfStatus?.paper == .out || queue.hasReason("media-empty", "media-needed") {
            let reason = queue.activeReasons.first { $0.hasPrefix("media-") } ?? "DLE EOT: бумага закончилась"
            return status(.paperOut,
                          "В принтере «\(name)» закончилась бумага (\(reason)): заправьте рулон. Талоны показываются на экране.")
        }
        if let silence = observation.selfStatusSilence, silence >= config.offlineTimeoutSeconds {
            return status(.offline,
                          "Принтер «\(name)» не отвечает \(Int(silence)) с: проверьте питание и сетевой кабель.")
        }
        if queue.hasReason("offline") || queue.state == .stopped {
            return status(.offline,
                          "Принтер «\(name)» отключён (\(queue.activeReasons.joined(separator: ","))): включите его или выполните cupsenable \(name).")
        }
        if let age = observation.oldestJobAge, age >= config.offlineTimeoutSeconds, looksUnreachable(queue) {
            return status(.offline,
                          "Принтер «\(name)» недоступен (\(queue.message)): проверьте питание и сетевой кабель. Талоны показываются на экране.")
        }
        if let age = observation.oldestJobAge, age >= config.jobStuckTimeoutSeconds {
            return status(.jobStuck,
                          "Задание на принтере «\(name)» ждёт \(Int(age)) с: проверьте принтер (lpstat -p \(name)).")
        }
        if observation.selfStatus?.paper == .nearEnd || queue.hasReason("media-low") {
            return status(.paperLow, "В принтере «\(name)» заканчивается бумага: приготовьте новый рулон.")
        }
        return status(.ok, "Принтер «\(name)» в порядке.")
    }

    /// Whether cupsd's backend says it cannot reach the device. The socket backend
    /// leaves the reasons at `none` and only says so in printer-state-message.
    static func looksUnreachable(_ queue: PrinterQueueStatus) -> Bool {
        if queue.hasReason("connecting-to-device", "offline", "timed-out") { return true }
        let message = queue.message.lowercased()
        return ["may not exist", "unavailable", "unable to connect", "connection refused",
                "waiting for printer", "not responding", "host is down", "no route"].contains { message.contains($0) }
    }
}
