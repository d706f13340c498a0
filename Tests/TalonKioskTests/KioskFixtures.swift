import Foundation
import Testing
import TalonConfig
import TalonCore
import TalonKiosk
import TalonTestSupport

/// The demo hall's kiosk on a real engine (in-memory journal, manual clock), with the
/// screen sizes the issue names.
struct KioskBench {
    let harness: EngineHarness
    var machine: KioskMachine
    let layout: KioskLayout
    var version = 0

    static let portrait = (ScreenSize(width: 1080, height: 1920), 268.0)
    static let landscape = (ScreenSize(width: 1920, height: 1080), 476.0)

    static func make(at local: String = "2026-11-23 10:00", screen: (ScreenSize, Double) = portrait,
                     printers: [PrinterConfig] = []) async throws -> KioskBench {
        var config = try DemoHall.load()
        config.printers = printers
        config.kiosks = [KioskConfig(id: "kiosk-1", token: "t", screen: screen.0, screenWidthMillimetres: screen.1)]
        let harness = try await EngineHarness.make(config, at: local)
        let machine = try #require(KioskMachine(kiosk: config.kiosks[0], hall: config, now: harness.clock.now()))
        return KioskBench(harness: harness, machine: machine, layout: KioskLayout(kiosk: config.kiosks[0], hall: config))
    }

    var now: Date { harness.clock.now() }

    func world() async -> KioskWorld { KioskWorld(state: await harness.engine.current) }

    mutating func frame() async -> KioskFrame {
        version += 1
        return layout.frame(for: machine, world: await world(), version: version, at: now)
    }

    /// Touches the middle of the button `id` on the frame shown, through the hit test,
    /// and runs what the press asks of the engine.
    mutating func touch(_ id: String) async throws {
        let f = await frame()
        let button = try #require(f.button(id), "no button «\(id)» on \(f.screen): \(f.buttons.map(\.id))")
        let hit = try #require(f.hit(x: button.rect.x + button.rect.width / 2, y: button.rect.y + button.rect.height / 2))
        #expect(hit.id == id)
        if let command = machine.press(hit.action, world: await world(), at: now) {
            let result: Result<CommandResult, HallError>
            do {
                result = .success(try await harness.run(command))
            } catch let e as HallError {
                result = .failure(e)
            }
            machine.answered(result, world: await world(), at: now)
        }
    }

    /// Types `text` on the keypad shown.
    mutating func type(_ text: String) async throws {
        for c in text { try await touch("key.\(c)") }
    }

    /// The ticket on screen.
    var ticket: KioskTicket? {
        if case .ticket(let t) = machine.screen { t } else { nil }
    }

    var message: KioskMessage? {
        if case .message(let m) = machine.screen { m } else { nil }
    }
}
