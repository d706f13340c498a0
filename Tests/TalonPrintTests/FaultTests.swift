import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonPrint

/// Faults against a real cupsd: each becomes a DeviceStatus and clears when fixed.
@Suite("Printer faults become device statuses", .serialized)
struct FaultTests {
    /// Collects what the monitor reports.
    actor Reports {
        var all: [DeviceStatus] = []
        func add(_ status: DeviceStatus) { all.append(status) }
        var last: DeviceCondition? { all.last?.condition }
    }

    func waitFor(_ condition: DeviceCondition, _ monitor: PrinterMonitor, _ reports: Reports,
                 within limit: Duration) async -> Duration? {
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < limit {
            await monitor.poll()
            if await reports.last == condition { return clock.now - start }
            try? await Task.sleep(for: .milliseconds(250))
        }
        return nil
    }

    @Test("ippeveprinter out of paper → paper_out; refilled → ok and the held job prints")
    func paperOutIPP() async throws {
        let ippeve = try IppEvePrinter()
        let cupsd = try PrivateCupsd()
        try cupsd.addIPPQueue("kiosk_ipp", uri: ippeve.uri)
        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        let config = PrinterConfig(id: "printer-ipp", queue: "kiosk_ipp", jobStuckTimeoutSeconds: 120)
        let reports = Reports()
        let monitor = PrinterMonitor(printers: [config], connection: connection) { await reports.add($0) }

        try ippeve.setMediaLevel(0)
        let printer = TicketPrinter(config: config, profile: .epsonTMT20III, connection: connection)
        let outcome = await printer.print(.sample(), follow: .seconds(2))
        #expect(outcome.showOnScreen, "a ticket that did not print is shown on screen")
        let jobID = try #require(outcome.jobID)
        let sawPaperOut = await waitFor(.paperOut, monitor, reports, within: .seconds(20))
        var all = await reports.all
        #expect(sawPaperOut != nil, "reports: \(all)")
        #expect(await reports.all.last?.message.contains("бумага") == true)

        try ippeve.setMediaLevel(250)
        let cleared = await waitFor(.ok, monitor, reports, within: .seconds(30))
        all = await reports.all
        #expect(cleared != nil, "reports: \(all)")
        let final = await JobFollower(connection: connection).follow(jobID, for: .seconds(30))
        #expect(final?.state == .completed, "held job: \(String(describing: final))")
    }

    @Test("Printer listener killed → offline within the time-out")
    func listenerKilled() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: emupos.port)
        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        let config = PrinterConfig(id: "printer-1", queue: "kiosk_1", jobStuckTimeoutSeconds: 60, offlineTimeoutSeconds: 4)
        let reports = Reports()
        let monitor = PrinterMonitor(printers: [config], connection: connection) { await reports.add($0) }
        await monitor.poll()
        #expect(await reports.last == .ok)

        emupos.stop()
        let printer = TicketPrinter(config: config, profile: .epsonTMT20III, connection: connection)
        let outcome = await printer.print(.sample(), follow: .seconds(1))
        #expect(outcome.status == .pending && outcome.showOnScreen)
        let took = await waitFor(.offline, monitor, reports, within: .seconds(20))
        let all = await reports.all
        let queue = try? await connection.status(of: "kiosk_1")
        #expect(took != nil, "reports: \(all); queue: \(String(describing: queue))")
        // The job is already about a second old here, so offline is due about 3 s in;
        // the 8 s above the 4 s time-out are for cupsd to start the socket backend and
        // the backend to report the refused connection on a loaded machine.
        if let took { #expect(took < .seconds(4 + 8), "offline only after \(took); reports: \(all)") }
    }

    @Test("Status address: DLE EOT paper-out → paper_out, no job sent; cleared → ok")
    func paperOutDLE() async throws {
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: emupos.port)
        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        let config = PrinterConfig(id: "printer-1", queue: "kiosk_1", statusAddress: "127.0.0.1:\(emupos.port)")
        let reports = Reports()
        let monitor = PrinterMonitor(printers: [config], connection: connection) { await reports.add($0) }
        try emupos.fault("paper-near-end", active: true)
        await monitor.poll()
        #expect(await reports.last == .paperLow)
        try emupos.fault("paper-out", active: true)
        await monitor.poll()
        #expect(await reports.last == .paperOut)
        let outcome = await TicketPrinter(config: config, profile: .epsonTMT20III, connection: connection).print(.sample())
        #expect(outcome.status == .failed && outcome.error?.code == .paperOut && outcome.jobID == nil)
        try emupos.fault("paper-out", active: false)
        try emupos.fault("paper-near-end", active: false)
        await monitor.poll()
        #expect(await reports.last == .ok)
    }

    @Test("cupsd stopped → print server unreachable, not printer does not exist")
    func serverStopped() async throws {
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: LocalPorts.stable())
        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        let config = PrinterConfig(id: "printer-1", queue: "kiosk_1")
        let reports = Reports()
        let monitor = PrinterMonitor(printers: [config], connection: connection) { await reports.add($0) }
        await monitor.poll()
        cupsd.stop()
        await monitor.poll()
        #expect(await reports.last == .serverUnreachable)
        let outcome = await TicketPrinter(config: config, profile: .epsonTMT20III, connection: connection).print(.sample())
        #expect(outcome.error?.code == .serverUnreachable, "\(String(describing: outcome.error))")
        #expect(outcome.error?.message.contains("does not exist") == false)
        try cupsd.start()
        await monitor.poll()
        #expect(await reports.last == .ok)
    }

    @Test("cupsreject → not accepting jobs; cupsaccept → ok")
    func rejecting() async throws {
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: LocalPorts.stable())
        try cupsd.tool("/usr/sbin/cupsreject", ["kiosk_1"])
        let connection = CupsConnection(server: CupsServerAddress(host: cupsd.socketPath))
        let config = PrinterConfig(id: "printer-1", queue: "kiosk_1")
        let reports = Reports()
        let monitor = PrinterMonitor(printers: [config], connection: connection) { await reports.add($0) }
        await monitor.poll()
        #expect(await reports.last == .notAccepting)
        let outcome = await TicketPrinter(config: config, profile: .epsonTMT20III, connection: connection).print(.sample())
        #expect(outcome.error?.code == .notAccepting && outcome.showOnScreen, "\(String(describing: outcome.error))")
        try cupsd.tool("/usr/sbin/cupsaccept", ["kiosk_1"])
        await monitor.poll()
        #expect(await reports.last == .ok)
    }
}
