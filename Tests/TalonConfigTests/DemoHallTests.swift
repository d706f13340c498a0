import Foundation
import Testing
@testable import TalonConfig
import TalonCore

@Suite("The demo hall")
struct DemoHallTests {
    @Test("the embedded copy equals kiosk/demo/hall.yaml (run kiosk/demo/embed.sh if not)")
    func embeddedCopyMatchesFile() throws {
        let file = repositoryRoot.appendingPathComponent("kiosk/demo/hall.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(DemoHall.yaml == text, "kiosk/demo/hall.yaml changed: run kiosk/demo/embed.sh")
    }

    @Test("the file on disk loads, and check-config says so in one line")
    func fileLoads() throws {
        let path = repositoryRoot.appendingPathComponent("kiosk/demo/hall.yaml").path
        let result = HallConfigLoader.check(path: path)
        #expect(result.exitStatus == 0)
        #expect(result.text == "\(path): OK — 8 services, 12 windows, 4 categories")
        #expect(try HallConfigLoader.load(path: path) == DemoHall.load())
    }

    @Test("center: Moscow time, 08:00–20:00 every day, day starts at 04:00, 2026 holidays")
    func center() throws {
        let center = try DemoHall.load().center
        #expect(center.timeZone == "Europe/Moscow")
        #expect(center.businessDayStartHour == 4)
        #expect(center.name.ru.contains("Мои документы"))
        for day in Weekday.allCases {
            #expect(center.hours[day] == OpeningHours(opensAt: 8 * 60, closesAt: 20 * 60))
        }
        #expect(center.holidays.count == 14)
        for day in ["2026-01-01", "2026-01-07", "2026-01-08", "2026-02-23", "2026-03-08", "2026-05-01",
                    "2026-05-09", "2026-06-12", "2026-11-04"] {
            #expect(center.holidays.contains(BusinessDay(iso: day)!), "\(day)")
        }
        #expect(!center.holidays.contains(BusinessDay(iso: "2026-01-09")!))
        // The demo serves on this machine (`make demo`): a ticket QR opens its page there.
        #expect(center.publicURL == "http://127.0.0.1:8080")
    }

    @Test("services: Cyrillic prefixes without lookalike letters, realistic times and limits")
    func services() throws {
        let hall = try DemoHall.load()
        #expect(hall.services.count == 8)
        let prefixes = hall.services.map(\.prefix)
        #expect(Set(prefixes).count == 8)
        for prefix in prefixes {
            #expect(prefix.unicodeScalars.allSatisfy(TicketPrefix.isCyrillicCapital))
            #expect(!"ЗОЧБЙЩЁ".contains(prefix), "\(prefix) reads as a digit or another letter")
        }
        for service in hall.services {
            #expect((4 * 60...20 * 60).contains(service.handlingSeconds), "\(service.id)")
            #expect(service.categories.count == 4, "\(service.id)")
        }
        #expect(hall.service("passport")?.prefix == "П")
        #expect(hall.service("passport")?.group == "passports")
        #expect(hall.service("passport")?.dailyLimit == 120)
        #expect(hall.service("issue")?.dailyLimit == nil)
        #expect(hall.groups.count == 4)
        #expect(hall.groups.first { $0.id == "passports" }?.parent == "documents")
    }

    @Test("12 windows with overlapping services in tiers 1 and 2; every service is served")
    func windows() throws {
        let hall = try DemoHall.load()
        #expect(hall.windows.map(\.number) == Array(1...12))
        #expect(Set(hall.windows.flatMap { $0.services.map(\.priority) }) == [1, 2])
        #expect(hall.window("w3")?.tier(of: "passport") == 2)
        for service in hall.services {
            #expect(hall.windows.filter { $0.serves(service.id) }.count >= 2, "\(service.id)")
        }
    }

    @Test("four priority categories with advance times; policy as written")
    func categoriesAndPolicy() throws {
        let hall = try DemoHall.load()
        #expect(hall.categories.map(\.id) == ["disabled", "veterans", "parents_infants", "large_families"])
        #expect(hall.category("disabled")?.advanceSeconds == 1800.0)
        #expect(hall.policy.maxWaitSeconds == 45 * 60)
        #expect(hall.policy.recallLimit == 2)
        #expect(hall.policy.issueOnlyWhenOpen)
        #expect(hall.policy.kioskTicketsPerMinute == 6)
    }

    @Test("simulation: 500–700 visitors on a weekday, busier Saturday morning, lighter Sunday")
    func simulation() throws {
        let hall = try DemoHall.load()
        let profile = try #require(hall.simulation)
        func total(_ day: Weekday) -> Double { (0..<24).reduce(0) { $0 + profile.rate(on: day, hour: $1) } }
        func morning(_ day: Weekday) -> Double { (8..<12).reduce(0) { $0 + profile.rate(on: day, hour: $1) } }
        for day in [Weekday.mon, .tue, .wed, .thu, .fri] {
            #expect((500...700).contains(total(day)), "\(day): \(total(day))")
            #expect(profile.rate(on: day, hour: 7) == 0 && profile.rate(on: day, hour: 20) == 0)
            // Peaks late in the morning and after work, a dip at lunch.
            #expect(profile.rate(on: day, hour: 11) > profile.rate(on: day, hour: 14))
            #expect(profile.rate(on: day, hour: 18) > profile.rate(on: day, hour: 14))
        }
        #expect(morning(.sat) > morning(.wed))
        #expect(total(.sun) < total(.sat) && total(.sun) < total(.wed))
        #expect(abs(profile.serviceMix.values.reduce(0, +) - 1) < 1e-9)
        #expect(Set(profile.serviceMix.keys) == Set(hall.services.map(\.id)))
        let staffed = try #require(profile.staffedWindows)
        #expect(staffed == (1...10).map { WindowID("w\($0)") })
        for service in hall.services {
            #expect(hall.windows.contains { staffed.contains($0.id) && $0.serves(service.id) }, "\(service.id)")
        }
    }
}
