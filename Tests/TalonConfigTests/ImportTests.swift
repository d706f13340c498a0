import Foundation
import Testing
@testable import TalonConfig
import TalonCore

/// The CSV imports: what they accept, and the `file:line: column: message` of what they refuse.
@Suite("CSV imports")
struct ImportTests {
    static let hall = try! DemoHall.load()

    static func appointments(_ text: String, file: String = "a.csv") throws(ConfigErrors) -> [ImportRow<Appointment>] {
        try AppointmentImport.parse(data: Data(text.utf8), file: file, hall: hall)
    }

    static func notices(_ text: String, file: String = "n.csv") throws(ConfigErrors) -> [ImportRow<ReadinessNotice>] {
        try NoticeImport.parse(data: Data(text.utf8), file: file, hall: hall)
    }

    /// The rendered errors of an appointments file; [] if it is valid.
    static func appointmentErrors(_ text: String) -> [String] {
        do { _ = try appointments(text); return [] } catch { return error.errors.map(\.description) }
    }

    static func noticeErrors(_ text: String) -> [String] {
        do { _ = try notices(text); return [] } catch { return error.errors.map(\.description) }
    }

    @Test("the demo files load against the demo hall")
    func demoFiles() throws {
        let a = try AppointmentImport.load(path: repositoryRoot.appendingPathComponent("kiosk/demo/appointments.csv").path,
                                           hall: Self.hall)
        let n = try NoticeImport.load(path: repositoryRoot.appendingPathComponent("kiosk/demo/notices.csv").path,
                                      hall: Self.hall)
        #expect(a.count >= 5)
        #expect(n.count >= 4)
        #expect(Set(n.map(\.value.status)) == Set(ReadinessStatus.allCases))
    }

    @Test("slots: local time in the hall's zone, ISO 8601 with an offset, a Russian spreadsheet's date")
    func slots() throws {
        let rows = try Self.appointments("""
            code,service,slot,category
            A-1,passport,2026-11-24 10:30,
            A-2,passport,2026-11-24T10:30:00+03:00,disabled
            A-3,passport,2026-11-24T07:30Z
            A-4,passport,24.11.2026 10:30
            A-5,passport,2026-11-24 10:30:15.5
            """)
        let moscow = Date(timeIntervalSince1970: 1_795_505_400) // 2026-11-24 07:30 UTC
        #expect(rows.map(\.value.slotAt) == [moscow, moscow, moscow, moscow, moscow.addingTimeInterval(15.5)])
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(rows[1].value.category == "disabled")
        #expect(rows[0].value.category == nil)
    }

    @Test("a BOM, CRLF, quoted fields with commas and quotes, blank lines, columns in any order, semicolons")
    func tolerated() throws {
        let rows = try Self.appointments("\u{FEFF}Slot , CODE,service\r\n\"2026-11-24 10:30\",\"A,\"\"1\"\"\",passport\r\n\r\n,,\r\n  \"2026-11-24 11:00\" ,B-2,passport\r\n")
        #expect(rows.map(\.value.code) == ["A,\"1\"", "B-2"])
        #expect(rows.map(\.line) == [2, 5])
        let semi = try Self.notices("application;service;status;expected\n12-345 67;issue;ready;\n")
        #expect(semi.first?.value.application == "12-34567")
    }

    @Test("a quoted field over two lines keeps the line numbers of the rows after it right")
    func multilineField() {
        let errors = Self.appointmentErrors("code,service,slot\n\"A\nB\",passport,2026-11-24 10:30\nC,nope,2026-11-24 10:30\n")
        #expect(errors == [
            "a.csv:2: code: код записи «A?B» длиннее 64 знаков или содержит управляющие символы / "
                + "the booking code is longer than 64 characters or holds control characters",
            "a.csv:4: service: услуги «nope» нет в этом зале; есть: passport, foreign_passport, registration, social, "
                + "maternity_capital, property, issue, consultation / no service «nope» in this hall; known: passport, "
                + "foreign_passport, registration, social, maternity_capital, property, issue, consultation",
        ])
    }

    @Test("every error of the file, each at its line and column")
    func allErrors() {
        let errors = Self.appointmentErrors("""
            code,service,slot,category
            A-1,passport,2026-11-31 10:30,
            A-2,passport,2026-11-24 10:30,vip
            A-3,,2026-11-24 10:30
            A-1,passport,2026-11-24 10:30
            A-5,passport,2026-11-24 10:30,,extra
            """)
        #expect(errors.count == 4, "\(errors)")
        #expect(errors[0].hasPrefix("a.csv:2: slot: «2026-11-31 10:30» — не дата и время"))
        #expect(errors[1].hasPrefix("a.csv:3: category: льготной категории «vip» нет в настройках зала"))
        #expect(errors[2] == "a.csv:4: service: не указано: услуга / the service is missing")
        #expect(errors[3] == "a.csv:6: значений 5, а столбцов 4; значение с «,» возьмите в кавычки / "
                + "5 values for 4 columns; put a value that holds a «,» in double quotes")
        // A-1 at line 5 repeats line 2, but line 2 had an error, so only line 5 counts.
        #expect(!errors.contains { $0.contains("уже есть выше") })
        #expect(Self.appointmentErrors("code,service,slot\nA,passport,2026-11-24 10:30\nA,issue,2026-11-24 11:30\n") == [
            "a.csv:3: code: «A» уже есть выше (строка 2); оставьте одну строку / «A» is already listed above (line 2); keep one",
        ])
    }

    @Test("header problems: said once, with the closest column name")
    func header() {
        #expect(Self.appointmentErrors("code,servise,slot\nA,passport,2026-11-24 10:30\n") == [
            "a.csv:1: servise: неизвестный столбец; может быть, «service»? / unknown column; did you mean «service»?",
            "a.csv:1: service: в заголовке нет этого столбца / the header lacks this column",
        ])
        #expect(Self.appointmentErrors("A,passport,2026-11-24 10:30\n") == [
            "a.csv:1: первая строка должна быть заголовком: code,service,slot,category / "
                + "the first line must be the header: code,service,slot,category",
        ])
        #expect(Self.appointmentErrors("") == [
            "a.csv:1: файл пуст; первая строка — заголовок: code,service,slot,category / "
                + "the file is empty; the first line is the header: code,service,slot,category",
        ])
        #expect(Self.appointmentErrors("code,service,slot,code\n").first == "a.csv:1: code: столбец указан дважды / the column is listed twice")
        #expect(Self.appointmentErrors("code,service,slot,\"phone\"\n").first?.contains("phone: неизвестный столбец") == true)
        #expect(Self.appointmentErrors("code,service,slot\n\"A,passport\n") == [
            "a.csv:2: кавычка открыта и не закрыта до конца файла / a double quote is opened and never closed",
        ])
    }

    @Test("only a header: nothing to load, no error")
    func headerOnly() throws {
        #expect(try Self.appointments("code,service,slot,category\n").isEmpty)
    }

    @Test("notices: statuses, expected days, normalised numbers")
    func noticeRows() throws {
        let rows = try Self.notices("""
            application,service,status,expected
            12-345 67,issue,ready,
            ab-1,issue,In_Progress,2026-11-27
            C-3,issue,issued,27.11.2026
            """)
        #expect(rows.map(\.value.application) == ["12-34567", "AB-1", "C-3"])
        #expect(rows.map(\.value.status) == [.ready, .inProgress, .issued])
        #expect(rows[1].value.expected == BusinessDay(year: 2026, month: 11, day: 27))
        #expect(rows[2].value.expected == BusinessDay(year: 2026, month: 11, day: 27))
        #expect(rows[0].value.expected == nil)

        let errors = Self.noticeErrors("""
            application,service,status,expected
            12-345 67,issue,ready,
            12-34567,issue,ready,
            X,issue,in_progress,
            Y,issue,done,2026-02-30
            ,issue,ready
            """)
        #expect(errors == [
            "n.csv:3: application: «12-34567» уже есть выше (строка 2); оставьте одну строку / «12-34567» is already listed above (line 2); keep one",
            "n.csv:4: expected: для документов в работе (in_progress) нужна ожидаемая дата готовности, 2026-11-27 / "
                + "documents in progress need the day they are expected, 2026-11-27",
            "n.csv:5: status: «done» — не состояние документов; пишите «ready», «in_progress», «issued» / "
                + "not a readiness status; write «ready», «in_progress», «issued»",
            "n.csv:5: expected: «2026-02-30» — не дата; пишите 2026-11-27 / not a date; write 2026-11-27",
            "n.csv:6: application: не указано: номер заявления / the application number is missing",
        ])
    }

    @Test("files that are not UTF-8 text say how to save them")
    func encodings() {
        func errors(_ bytes: [UInt8]) -> [String] {
            do { _ = try AppointmentImport.parse(data: Data(bytes), file: "a.csv", hall: Self.hall); return [] }
            catch { return error.errors.map(\.description) }
        }
        // «код» in Windows-1251 on line 2.
        let cp1251 = Array("code,service,slot\n".utf8) + [0xEA, 0xEE, 0xE4] + Array(",passport,2026-11-24 10:30\n".utf8)
        #expect(errors(cp1251) == [
            "a.csv:2: файл не в UTF-8 (похоже на Windows-1251): байт 0xEA; сохраните его как «CSV UTF-8» / "
                + "not UTF-8 text (byte 0xEA); save the file as CSV UTF-8",
        ])
        #expect(errors([0xFF, 0xFE, 0x63, 0x00]).first?.contains("UTF-16") == true)
    }

    @Test("the rows as text, for an import through the server")
    func textRows() throws {
        let rows = try ImportRows.parse(data: Data("slot,code,service,category\n 2026-11-24 10:30 ,A,nope,\n".utf8),
                                        file: "a.csv", kind: .appointments)
        #expect(rows == [ImportRow(line: 2, value: ["code": "A", "service": "nope", "slot": "2026-11-24 10:30"])])
    }

    @Test("a missing file, a folder")
    func unreadable() {
        #expect(throws: ConfigErrors.self) { try AppointmentImport.load(path: "/nonexistent/a.csv", hall: Self.hall) }
        do {
            _ = try NoticeImport.load(path: "/tmp", hall: Self.hall)
            Issue.record("a folder loaded")
        } catch {
            #expect(error.description == "/tmp: это папка, а не файл CSV / is a folder, not a CSV file")
        }
    }

    @Test("too many errors: the first hundred and a count of the rest")
    func cappedErrors() {
        let text = "code,service,slot\n" + (1...300).map { "C\($0),nope,2026-11-24 10:30" }.joined(separator: "\n")
        let errors = Self.appointmentErrors(text)
        #expect(errors.count == 101)
        #expect(errors.last?.hasPrefix("a.csv:102: и ещё ошибок: 200") == true, "\(errors.last ?? "")")
    }
}
