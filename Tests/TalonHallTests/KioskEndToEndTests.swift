import Foundation
import Testing
import TalonConfig
import TalonCore
import TalonInput
import TalonInputTestSupport
import TalonKiosk
import TalonPrint
import TalonStore
import TalonTestSupport

/// A visitor's whole path with real parts: a recorded Atmel maXTouch tap sequence through
/// the input service and the real libevdev, the kiosk's hit test, the hall engine on a
/// SQLite journal, the print service, libcups, a private cupsd and an ESC/POS emulator
/// that decodes the ticket independently of Talon.
@Suite("Kiosk end to end", .serialized)
struct KioskEndToEndTests {
    /// The input service's commands, to the engine as `talon serve` sends them: only the
    /// panel's device status here (a touchscreen's taps go to the kiosk).
    struct EngineSink: InputCommandSink {
        let engine: HallEngine
        func submit(_ envelope: CommandEnvelope) async { _ = try? await engine.submit(envelope) }
    }

    /// Generous: on a loaded 2-core machine every part here waits for a thread.
    static let patience: Duration = .seconds(60)

    @Test("recorded taps on the consultation button come out of the printer as a decoded Cyrillic ticket")
    func tapToPaper() async throws {
        // The printer: emupos behind a socket queue of a private cupsd.
        let emupos = try EmuposPrinter(profile: "epson-tm-t20iii")
        let cupsd = try PrivateCupsd()
        try cupsd.addSocketQueue("kiosk_1", port: emupos.port)

        // The hall: the demo hall, its kiosk with a printer and the recorded panel; the
        // consultation asks no priority question, so one tap issues its ticket.
        let folder = try TempFolder("talon-kiosk-e2e")
        defer { folder.remove() }
        var config = try DemoHall.load()
        config.services = config.services.map { s in
            var s = s
            if s.id == "consultation" { s.categories = [] }
            return s
        }
        let printerConfig = PrinterConfig(id: "kiosk-1-printer", queue: "kiosk_1", profile: "epson-tm-t20iii", kiosk: "kiosk-1")
        config.printers = [printerConfig]
        let kiosk = try #require(config.kiosks.first { $0.id == "kiosk-1" })
        let screen = ScreenSize(width: kiosk.screen.width, height: kiosk.screen.height)
        let home = (KioskLayout(kiosk: kiosk, hall: config).frame(
            for: try #require(KioskMachine(kiosk: kiosk, hall: config, now: ManualClock.date("2026-11-23 10:00"))),
            world: KioskWorld(state: HallState(config: config)), version: 1, at: ManualClock.date("2026-11-23 10:00")))
        let target = try #require(home.button("service.consultation"))
        // The recording's taps sit around raw (355, 246) of 0…799 × 0…479: a calibration
        // that halves the spread and centres them on the button, as a site calibration would.
        let (rx, ry) = (355.0 / 799, 246.0 / 479)
        let (cx, cy) = ((target.rect.x + target.rect.width / 2) / Double(screen.width),
                        (target.rect.y + target.rect.height / 2) / Double(screen.height))
        let role = TouchscreenRole(kiosk: "kiosk-1", calibration: [0.5, 0, cx - 0.5 * rx, 0, 0.5, cy - 0.5 * ry],
                                   screen: screen)
        let touch = InputDeviceConfig(id: "kiosk-1-touch", match: InputDeviceMatch(name: "Atmel maXTouch Touchscreen"),
                                      role: .touchscreen(role))
        config.devices = [touch]

        let clock = ManualClock(local: "2026-11-23 10:00")
        let journal = try SQLiteJournal(path: folder.file("hall.sqlite"))
        let engine = try await HallEngine.start(config: config, clock: clock, journal: journal)
        let kiosks = await KioskHost(engine: engine, clock: clock, tickInterval: .milliseconds(50))
        let printer = TicketPrinter(config: printerConfig, profile: .epsonTMT20III,
                                    connection: CupsConnection(server: CupsServerAddress(host: cupsd.socketPath)))
        let printing = TicketPrintService(engine: engine, printers: [printer], follow: .seconds(10))

        // The panel appears as a device node; the input service finds and grabs it.
        let recording = try Harness.recording("atmel-maxtouch.desc", "atmel-maxtouch.1-finger-fast-taps.events")
        let devices = folder.file("input")
        try FileManager.default.createDirectory(atPath: devices, withIntermediateDirectories: true)
        let node = devices + "/event3"
        let panel = FakeEvdevDevice(try #require(recording.capabilities), fifo: node)
        let sink = EngineSink(engine: engine)
        let input = InputService(devices: [touch], deviceDirectory: devices, sink: sink)

        let running = Task {
            await withDiscardingTaskGroup { group in
                group.addTask { try? await kiosks.run() }
                group.addTask { await printing.run() }
                group.addTask { await input.run() }
                // What `talon serve` wires: every tap to the kiosk host.
                group.addTask { for await tap in input.taps { await kiosks.tap(kiosk: tap.kiosk, x: tap.x, y: tap.y) } }
            }
        }
        defer { running.cancel() }
        try await waitUntil("the panel attached", timeout: Self.patience) {
            await engine.current.devices["kiosk-1-touch"]?.condition == .ok
        }
        try await waitUntil("the writer end", timeout: Self.patience) { panel.tryOpenWriter(path: node) }
        panel.send(recording.events)

        // One ticket: the later taps land on the «printing» screen, where nothing is a button.
        let receipt = try #require(try await emupos.waitForReceipts(1, timeout: .seconds(60)).first)
        try await waitUntil("the print record", timeout: Self.patience) {
            await engine.current.tickets.values.contains { $0.printStatus != nil }
        }
        let tickets = await engine.current.tickets.values
        #expect(tickets.count == 1, "one ticket for one tap on the service: \(tickets.map(\.label))")
        let ticket = try #require(tickets.first)
        #expect(ticket.service == "consultation" && ticket.kiosk == "kiosk-1" && ticket.label == "К001")
        #expect(receipt.contains("Консультация"), "receipt:\n\(receipt)")
        #expect(receipt.contains(ticket.label), "receipt:\n\(receipt)")
        #expect(ticket.printStatus == .printed, "cupsd log: \(cupsd.errorLog())")
        // The kiosk heard it printed: «take your ticket».
        try await waitUntil("the kiosk says printed", timeout: Self.patience) { await kiosks.frame(kiosk: "kiosk-1")?.screen == "ticket" }
        #expect(await kiosks.frame(kiosk: "kiosk-1")?.texts.contains(ticket.label) == true)
        try journal.close()
    }
}
