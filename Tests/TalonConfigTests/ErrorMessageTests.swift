import Foundation
import Testing
@testable import TalonConfig
import TalonCore

/// One test per kind of mistake, each checking the exact message with file, line and
/// key path, as `talon check-config` prints it.
@Suite("Error messages")
struct ErrorMessageTests {
    @Test("the small hall used by these tests is valid")
    func smallHallIsValid() {
        #expect(renderedErrors(smallHall) == [])
    }

    @Test("YAML syntax error, with its line")
    func syntax() {
        #expect(renderedErrors(smallHall(replacing: "prefix: П", with: "prefix: [П")) == [
            "test.yaml:10: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence on line 9)",
        ])
    }

    @Test("a wrong indentation gets a hint")
    func indentation() {
        #expect(renderedErrors(smallHall(replacing: "    prefix: К", with: "     prefix: К")) == [
            "test.yaml:13: invalid YAML: did not find expected key (while parsing a block mapping on line 11); "
                + "check the indentation of this line and the one above",
        ])
        #expect(renderedErrors(smallHall(replacing: "id: test", with: "id: test: 2")) == [
            "test.yaml:2: invalid YAML: mapping values are not allowed in this context; check the "
                + "indentation, and put a value that contains «: » in quotes",
        ])
    }

    @Test("more than one YAML document")
    func twoDocuments() {
        #expect(renderedErrors(smallHall + "---\ncenter: {}\n") == [
            "test.yaml:18: the file holds more than one YAML document (a second «---»); a hall configuration is one",
        ])
    }

    @Test("a tab in the indentation gets a hint")
    func tabs() {
        #expect(renderedErrors(smallHall(replacing: "    prefix: П", with: "\tprefix: П")) == [
            "test.yaml:9: invalid YAML: found character that cannot start any token "
                + "(while scanning for the next token); indent with spaces, not tabs",
        ])
    }

    @Test("the same key twice in a map")
    func duplicateKey() {
        #expect(renderedErrors(smallHall(replacing: "    prefix: П\n", with: "    prefix: П\n    prefix: Р\n")) == [
            "test.yaml:9: the key «prefix» appears more than once in the same map",
        ])
        #expect(renderedErrors(smallHall(replacing: "    prefix: П\n", with: "    prefix: П\n    prefix: Р\n    id: x\n")) == [
            "test.yaml:7: the keys «id», «prefix» appear more than once in the same map",
        ])
    }

    @Test("unknown key, with the closest known key")
    func unknownKey() {
        #expect(renderedErrors(smallHall(replacing: "handling_minutes: 12", with: "handling_minute: 12")) == [
            "test.yaml:7: services[0]: missing required key «handling_minutes»",
            "test.yaml:10: services[0].handling_minute: unknown key; did you mean «handling_minutes»?",
        ])
        #expect(renderedErrors(smallHall(replacing: "  time_zone:", with: "  timeZone:")) == [
            "test.yaml:2: center: missing required key «time_zone»",
            "test.yaml:4: center.timeZone: unknown key; did you mean «time_zone»?",
        ])
    }

    @Test("unknown key without a close match lists the known keys")
    func unknownKeyWithoutGuess() {
        #expect(renderedErrors(smallHall + "screens: []\n") == [
            "test.yaml:18: screens: unknown key; the keys here are " + HallDocument.sections.joined(separator: ", "),
        ])
        #expect(HallDocument.sections.starts(with: ["center", "groups", "services", "windows", "categories",
                                                     "policy", "simulation", "devices", "printers"]))
    }

    @Test("missing required key")
    func missingKey() {
        #expect(renderedErrors(smallHall(replacing: "    prefix: К\n", with: "")) == [
            "test.yaml:11: services[1]: missing required key «prefix»",
        ])
    }

    @Test("missing section")
    func missingSection() {
        let yaml = smallHall.components(separatedBy: "windows:")[0]
        #expect(renderedErrors(yaml) == ["test.yaml:1: missing required key «windows»"])
    }

    @Test("wrong type: text where a number belongs")
    func wrongType() {
        #expect(renderedErrors(smallHall(replacing: "handling_minutes: 12", with: "handling_minutes: abc")) == [
            "test.yaml:10: services[0].handling_minutes: expected a number, found «abc»",
        ])
        #expect(renderedErrors(smallHall(replacing: "number: 2", with: "number: [2]")) == [
            "test.yaml:17: windows[1].number: expected a whole number, found a list",
        ])
    }

    @Test("a number too large for an Int")
    func hugeNumber() {
        #expect(renderedErrors(smallHall(replacing: "number: 2", with: "number: 99999999999999999999999")) == [
            "test.yaml:17: windows[1].number: «99999999999999999999999» is too large a number",
        ])
        #expect(renderedErrors(smallHall(replacing: "handling_minutes: 7", with: "handling_minutes: 1e400")) == [
            "test.yaml:14: services[1].handling_minutes: «1e400» is too large a number",
        ])
    }

    @Test("duplicate service id")
    func duplicateServiceID() {
        #expect(renderedErrors(smallHall(replacing: "id: consultation", with: "id: passport")) == [
            "test.yaml:11: services[1].id: «passport» is already the id of services[0] (line 7)",
            // True: with the id taken, no service «consultation» is defined.
            "test.yaml:16: windows[0].services[1]: unknown service «consultation»; the ids in «services» are passport",
            "test.yaml:17: windows[1].services[0]: unknown service «consultation»; the ids in «services» are passport",
        ])
    }

    @Test("duplicate window id")
    func duplicateWindowID() {
        #expect(renderedErrors(smallHall(replacing: "{id: w2", with: "{id: w1")) == [
            "test.yaml:17: windows[1].id: «w1» is already the id of windows[0] (line 16)",
        ])
    }

    @Test("duplicate group and category ids")
    func duplicateGroupAndCategoryIDs() {
        let yaml = smallHall + """
            groups:
              - {id: docs, name: {ru: Документы, en: Documents}}
              - {id: docs, name: {ru: Справки, en: Certificates}}
            categories:
              - {id: disabled, name: {ru: Инвалиды, en: Disabled}, advance_minutes: 30}
              - {id: disabled, name: {ru: Ветераны, en: Veterans}, advance_minutes: 30}

            """
        #expect(renderedErrors(yaml) == [
            "test.yaml:20: groups[1].id: «docs» is already the id of groups[0] (line 19)",
            "test.yaml:23: categories[1].id: «disabled» is already the id of categories[0] (line 22)",
        ])
    }

    @Test("duplicate prefix")
    func duplicatePrefix() {
        #expect(renderedErrors(smallHall(replacing: "prefix: К", with: "prefix: П")) == [
            "test.yaml:13: services[1].prefix: «П» is already used by service passport",
        ])
    }

    @Test("a Latin prefix that looks like a Cyrillic one")
    func lookalikePrefix() {
        #expect(renderedErrors(smallHall(replacing: "prefix: П", with: "prefix: K")) == [
            "test.yaml:13: services[1].prefix: «К» (Cyrillic) looks the same as «K» (Latin) "
                + "of service passport on a display",
        ])
    }

    @Test("a prefix that is not one to three capital letters")
    func badPrefix() {
        #expect(renderedErrors(smallHall(replacing: "prefix: П", with: "prefix: п1")) == [
            "test.yaml:9: services[0].prefix: «п1» is not a ticket prefix: write one to three capital "
                + "letters, all Cyrillic or all Latin, such as «П»",
        ])
    }

    @Test("duplicate window number")
    func duplicateWindowNumber() {
        #expect(renderedErrors(smallHall(replacing: "number: 2", with: "number: 1")) == [
            "test.yaml:17: windows[1].number: window number 1 is already used by window w1",
        ])
    }

    @Test("a window serving an unknown service")
    func unknownService() {
        #expect(renderedErrors(smallHall(replacing: "services: [passport, consultation]",
                                         with: "services: [pasport, consultation]")) == [
            "test.yaml:7: services[0]: no window serves service «passport»; its tickets would never be "
                + "called — add it to a window's «services»",
            "test.yaml:16: windows[0].services[0]: unknown service «pasport»; did you mean «passport»?",
        ])
    }

    @Test("a service in an unknown group")
    func unknownGroup() {
        #expect(renderedErrors(smallHall(replacing: "    prefix: П\n", with: "    prefix: П\n    group: docs\n")) == [
            "test.yaml:10: services[0].group: unknown group «docs»; no group is defined in «groups»",
        ])
    }

    @Test("a service allowing an unknown category")
    func unknownCategory() {
        let yaml = smallHall(replacing: "    prefix: П\n", with: "    prefix: П\n    categories: [disabled]\n")
            + "categories:\n  - {id: veterans, name: {ru: Ветераны, en: Veterans}, advance_minutes: 30}\n"
        #expect(renderedErrors(yaml) == [
            "test.yaml:10: services[0].categories[0]: unknown priority category «disabled»; "
                + "the ids in «categories» are veterans",
        ])
    }

    @Test("a time zone Foundation does not know")
    func badTimeZone() {
        #expect(renderedErrors(smallHall(replacing: "Europe/Moscow", with: "Europe/Moskow")) == [
            "test.yaml:4: center.time_zone: «Europe/Moskow» is not a known IANA time zone; "
                + "did you mean «Europe/Moscow»?",
        ])
        #expect(renderedErrors(smallHall(replacing: "Europe/Moscow", with: "MSK+3")) == [
            "test.yaml:4: center.time_zone: «MSK+3» is not a known IANA time zone "
                + "(such as «Europe/Moscow» or «Asia/Yekaterinburg»)",
        ])
    }

    @Test("opening hours in a wrong format")
    func badHours() {
        #expect(renderedErrors(smallHall(replacing: "\"08:00-20:00\"", with: "8-20")) == [
            "test.yaml:5: center.hours: «8-20» is not opening hours: write «08:00-20:00», closing after "
                + "opening on the same day, or «closed»",
        ])
        #expect(renderedErrors(smallHall(replacing: "hours: \"08:00-20:00\"",
                                         with: "hours: {default: \"08:00-20:00\", sun: \"20:00-08:00\", fr: closed}")) == [
            "test.yaml:5: center.hours.fr: unknown key; did you mean «fri»?",
            "test.yaml:5: center.hours.sun: «20:00-08:00» is not opening hours: write «08:00-20:00», "
                + "closing after opening on the same day, or «closed»",
        ])
    }

    @Test("business_day_start outside 0–23, or inside opening hours")
    func businessDayStart() {
        #expect(renderedErrors(smallHall(replacing: "  hours:", with: "  business_day_start: 24\n  hours:")) == [
            "test.yaml:5: center.business_day_start: must be from 0 to 23, found 24",
        ])
        #expect(renderedErrors(smallHall(replacing: "  hours:", with: "  business_day_start: 12\n  hours:")) == [
            "test.yaml:5: center.business_day_start: a business day starting at 12:00 falls inside the "
                + "opening hours 08:00–20:00 (mon, tue, wed, thu, fri, sat, sun); choose an hour when the "
                + "center is closed, such as 4",
        ])
    }

    @Test("zero or negative handling time")
    func handlingTime() {
        #expect(renderedErrors(smallHall(replacing: "handling_minutes: 12", with: "handling_minutes: 0")) == [
            "test.yaml:10: services[0].handling_minutes: must be more than 0 and at most 480 minutes, found 0",
        ])
        #expect(renderedErrors(smallHall(replacing: "handling_minutes: 12", with: "handling_minutes: -5")) == [
            "test.yaml:10: services[0].handling_minutes: must be more than 0 and at most 480 minutes, found -5",
        ])
    }

    @Test("a holiday that is not a date")
    func badHoliday() {
        let yaml = smallHall(replacing: "  hours:", with: "  holidays: [2026-02-30, 2026-01-01..2026-03-01]\n  hours:")
        #expect(renderedErrors(yaml) == [
            "test.yaml:5: center.holidays[0]: «2026-02-30» is not a date: write «2026-01-07», "
                + "or a range «2026-01-01..2026-01-08»",
            "test.yaml:5: center.holidays[1]: «2026-01-01..2026-03-01» spans more than 31 days; "
                + "at most 31 days fit in one range",
        ])
    }

    @Test("a group inside itself")
    func groupCycle() {
        let yaml = smallHall + """
            groups:
              - {id: a, name: {ru: А, en: A}, parent: b}
              - {id: b, name: {ru: Б, en: B}, parent: a}

            """
        #expect(renderedErrors(yaml) == [
            "test.yaml:19: groups[0].parent: group «a» is inside itself: a → b → a",
            "test.yaml:20: groups[1].parent: group «b» is inside itself: b → a → b",
        ])
    }

    @Test("simulation: a row of arrivals with the wrong number of hours, an unknown window")
    func simulation() {
        let yaml = smallHall + """
            simulation:
              arrivals:
                default: [1, 2, 3]
              staffed_windows: [w1, w9]

            """
        #expect(renderedErrors(yaml) == [
            "test.yaml:20: simulation.arrivals.default: give 24 hourly arrival rates (from 00:00 to 23:00), found 3",
            "test.yaml:21: simulation.staffed_windows[1]: unknown window «w9»; did you mean «w1»?",
        ])
    }

    @Test("an empty file")
    func emptyFile() {
        #expect(renderedErrors("") == [
            "test.yaml:1: the file is empty; a hall configuration needs at least the sections "
                + "«center», «services» and «windows»",
        ])
        #expect(renderedErrors("# nothing but a comment\n") == renderedErrors(""))
    }

    @Test("a list at the top level")
    func listAtTop() {
        #expect(renderedErrors("- center\n- services\n") == [
            "test.yaml:1: expected a map of sections (center, services, windows…), found a list",
        ])
    }

    @Test("bytes that are not UTF-8, and UTF-16")
    func notUTF8() {
        #expect(throws: ConfigErrors.self) { try HallConfigLoader.parse(data: Data([0x63, 0x3A, 0x0A, 0xFF]), file: "x.yaml") }
        let notUTF8 = #expect(throws: ConfigErrors.self) {
            try HallConfigLoader.parse(data: Data("center:\n  id: \u{FF}".utf8.map { $0 == 0xC3 ? 0xC0 : $0 }),
                                       file: "x.yaml")
        }
        #expect(notUTF8?.description == "x.yaml:2: not UTF-8 text (byte 0xC0); save the file as UTF-8")
        let utf16 = #expect(throws: ConfigErrors.self) {
            try HallConfigLoader.parse(data: Data([0xFF, 0xFE, 0x63, 0x00]), file: "x.yaml")
        }
        #expect(utf16?.description == "x.yaml:1: the file is UTF-16 text; save it as UTF-8")
    }

    @Test("a token shared by a display and a kiosk")
    func sharedDeviceToken() {
        let yaml = smallHall + """
            displays:
              - {id: board, kind: board, token: 0123456789abcdef0123}
            kiosks:
              - {id: kiosk-1, token: 0123456789abcdef0123}

            """
        #expect(renderedErrors(yaml) == [
            "test.yaml:21: kiosks[0].token: this token is already the token of «board»; give each device its own",
        ])
    }

    @Test("all errors are collected, in the order of the file")
    func collectsAll() {
        var yaml = smallHall(replacing: "Europe/Moscow", with: "Mars/Olympus")
        yaml = yaml.replacingOccurrences(of: "prefix: К", with: "prefix: П")
        yaml = yaml.replacingOccurrences(of: "number: 2", with: "number: two")
        let errors = configErrors(yaml)
        #expect(errors.map(\.line) == [4, 13, 17])
        #expect(errors.map(\.code) == [.invalidValue, .duplicate, .wrongType])
        #expect(errors.map(\.path) == ["center.time_zone", "services[1].prefix", "windows[1].number"])
    }

    @Test("check-config: errors one per line, a count, and exit status 1; an unreadable file gives 2")
    func checkConfig() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("talon-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("hall.yaml").path
        try smallHall(replacing: "number: 2", with: "number: 1").write(toFile: path, atomically: true, encoding: .utf8)
        let invalid = HallConfigLoader.check(path: path)
        #expect(invalid.exitStatus == 1)
        #expect(invalid.text == "\(path):17: windows[1].number: window number 1 is already used by window w1\n"
                + "\(path): 1 error")

        try smallHall.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(HallConfigLoader.check(path: path).text == "\(path): OK — 2 services, 2 windows, 0 categories")

        let missing = HallConfigLoader.check(path: directory.appendingPathComponent("nope.yaml").path)
        #expect(missing.exitStatus == 2)
        #expect(missing.text.hasSuffix("nope.yaml: no such file\n\(directory.path)/nope.yaml: 1 error"))
        let folder = HallConfigLoader.check(path: directory.path)
        #expect(folder.text.hasPrefix("\(directory.path): is a directory, not a hall configuration file"))
    }
}
