import Foundation
import Testing
import TalonConfig
import TalonCore

@Suite("displays, kiosks and accounts in the hall configuration")
struct ConfigSectionsTests {
    @Test("the demo hall names its displays, its kiosk token and bcrypt-hashed accounts")
    func demoHall() throws {
        let config = try DemoHall.load()
        #expect(config.displays.map(\.id) == ["hall-board", "hall-board-portrait", "window-11", "window-12"])
        #expect(config.displays.first { $0.id == "window-11" }?.window == "w11")
        #expect(config.displays.first { $0.id == "hall-board-portrait" }?.orientation == .portrait)
        #expect(config.kiosks.map(\.id) == ["kiosk-1"])
        #expect(config.accounts.map(\.role) == [.consultant, .manager, .admin])
        #expect(config.accounts.allSatisfy { $0.passwordHash.hasPrefix("$2b$10$") })
    }

    @Test("mistakes are reported as file:line: key: what to do")
    func errors() throws {
        let bad = DemoHall.yaml.replacingOccurrences(of: "kind: window, window: w11", with: "kind: wall, window: w99")
            .replacingOccurrences(of: "token: demo-kiosk-1-a790340c76d2cf00", with: "token: short")
            .replacingOccurrences(of: #"password_bcrypt: "$2b$10$PqZaj10K34eZn/9RTfy68e7lzgsNWhjHCJF5LFvzHM8vRqDqu2nH.""#,
                                  with: "password_bcrypt: demo")
        do {
            _ = try HallConfigLoader.parse(yaml: bad, file: "hall.yaml")
            Issue.record("a bad configuration was accepted")
        } catch {
            let text = error.description
            #expect(text.contains("is not a display kind"), "\(text)")
            #expect(text.contains("w99"), "\(text)")
            #expect(text.contains("at least 16 printable ASCII"), "\(text)")
            #expect(text.contains("bcrypt hash"), "\(text)")
            #expect(text.contains("hall.yaml:"), "\(text)")
        }
    }
}
