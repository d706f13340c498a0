import Foundation
import TalonCore
import TalonKiosk
import TalonPrint

/// `talon bench kiosk`: a visitor's touch on the demo hall's kiosk, timed to the button
/// drawn pressed (the kiosk's update stream, what the page's SSE carries) and to the
/// ticket's bytes at the printer, beside `lp -o raw` of a ticket to the same queue in the
/// same run.
///
/// Real parts throughout: the hall engine on a SQLite journal (fsync'd), the kiosk host's
/// hit test, the print service, libcups and cupsd; the printer is a byte sink behind a
/// raw socket queue. Only the touchscreen is left out: its decoding is `talon bench input`.
enum KioskBenchmark {
    struct Result: CustomStringConvertible {
        var pressed: Percentiles
        var atPrinter: Percentiles
        var lpAtPrinter: Percentiles

        var description: String {
            """
            tap → button drawn pressed (kiosk updates):  \(pressed)
            tap → ticket bytes at the printer:          \(atPrinter)
            lp -o raw → bytes at the printer:            \(lpAtPrinter)
            ratio at printer (p50): \(String(format: "%.2f", atPrinter.p50 / lpAtPrinter.p50)) × lp
            """
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(server: CupsServerAddress?, iterations: Int, folder: String) async throws -> Result {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try await PrintBenchmark.withStandIn(server: server) { standIn in
            let printerConfig = PrinterConfig(id: "bench-printer", queue: standIn.queue, kiosk: "kiosk-1")
            let hall = try await BenchHall.start(db: folder + "/kiosk-bench.sqlite") { config in
                // One tap issues a ticket: no priority question.
                config.services = config.services.map { s in
                    var s = s
                    if s.id == "consultation" { s.categories = [] }
                    return s
                }
                config.printers = [printerConfig]
            }
            defer { hall.close() }
            let engine = hall.engine
            let kiosks = await KioskHost(engine: engine, clock: hall.clock)
            let printer = TicketPrinter(config: printerConfig, profile: .epsonTMT20III,
                                        connection: CupsConnection(server: server))
            let printing = TicketPrintService(engine: engine, printers: [printer], follow: .seconds(10))
            let background = Task {
                await withDiscardingTaskGroup { group in
                    group.addTask { try? await kiosks.run() }
                    group.addTask { await printing.run() }
                }
            }
            defer { background.cancel() }
            guard var updates = await kiosks.updates(kiosk: "kiosk-1")?.makeAsyncIterator() else {
                throw Failure(description: "the demo hall has no kiosk-1")
            }
            let sample = printer.document(for: .sample()).bytes

            var pressed: [Duration] = [], delivered: [Duration] = [], lp: [Duration] = []
            let now = ContinuousClock()
            for round in -1..<iterations {
                // Back to the home screen (the previous ticket's «Done»).
                var frame = try await current(kiosks)
                if let done = frame.button("done") {
                    await kiosks.tap(kiosk: "kiosk-1", x: done.rect.x + 1, y: done.rect.y + 1)
                    frame = try await current(kiosks)
                }
                guard let button = frame.button("service.consultation") else {
                    throw Failure(description: "no consultation button on the «\(frame.screen)» screen")
                }
                let seen = standIn.sink.count
                let start = now.now
                let tap = Task { await kiosks.tap(kiosk: "kiosk-1", x: button.rect.x + 10, y: button.rect.y + 10) }
                var pressedAt: ContinuousClock.Instant?
                while pressedAt == nil, let update = await updates.next(isolation: #isolation) {
                    if case .pressed(let id, _) = update, id == button.id { pressedAt = now.now }
                }
                _ = await tap.value
                guard let arrived = await standIn.sink.waitForArrival(after: seen) else {
                    throw Failure(description: "the kiosk's ticket never reached the printer stand-in")
                }
                let (_, lpArrived) = try await standIn.lp(sample)
                if round >= 0, let pressedAt {
                    pressed.append(pressedAt - start)
                    delivered.append(arrived - start)
                    lp.append(lpArrived)
                }
            }
            return Result(pressed: Percentiles(pressed), atPrinter: Percentiles(delivered), lpAtPrinter: Percentiles(lp))
        }
    }

    private static func current(_ kiosks: KioskHost) async throws -> KioskFrame {
        guard let frame = await kiosks.frame(kiosk: "kiosk-1") else { throw Failure(description: "no kiosk-1") }
        return frame
    }
}
