import Foundation
import Testing
import TalonTestSupport

/// `talon import appointments|notices FILE`, directly into a journal and through a
/// running `talon serve`, as a hall's staff or its nightly script runs it.
@Suite("talon import", .serialized)
struct ImportCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let appointments = root.appendingPathComponent("kiosk/demo/appointments.csv").path
    static let notices = root.appendingPathComponent("kiosk/demo/notices.csv").path
    static let token = "nightly-import-5d1e0c9b7a3f4e21"

    /// Runs `talon` with `arguments` to its end.
    static func talon(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await Child(arguments).wait()
    }

    @Test("direct: the demo files load; the second time nothing changes")
    func directTwice() async throws {
        let folder = try TempFolder("talon-import")
        defer { folder.remove() }
        let db = folder.file("hall.sqlite")
        let first = try await Self.talon(["import", "appointments", Self.appointments, "--db", db])
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("\(Self.appointments): загружено 8 записей на приём, без изменений 0 / loaded 8 appointments, 0 unchanged"),
                "\(first.output)")
        let again = try await Self.talon(["import", "appointments", Self.appointments, "--db", db])
        #expect(again.status == 0)
        #expect(again.output.contains("загружено 0 записей на приём, без изменений 8"), "\(again.output)")
        let notices = try await Self.talon(["import", "notices", Self.notices, "--db", db])
        #expect(notices.output.contains("загружено 5 заявлений, без изменений 0"), "\(notices.output)")
        let check = try await Self.talon(["import", "notices", Self.notices, "--check"])
        #expect(check.status == 0)
        #expect(check.output.contains("OK — 5 заявлений / 5 readiness notices"), "\(check.output)")
        // --check loads nothing; through a server it would load, so the pair is refused
        // before any request (the address is never contacted).
        let both = try await Self.talon(["import", "notices", Self.notices, "--check", "--url", "http://127.0.0.1:9"])
        #expect(both.status != 0)
        #expect(both.output.contains("--check loads nothing, while --url loads through the server"), "\(both.output)")
    }

    @Test("a bad file: every error at its line, exit status 1, nothing loaded")
    func badFile() async throws {
        let folder = try TempFolder("talon-import")
        defer { folder.remove() }
        let file = folder.file("bad.csv")
        try "code,service,slot\nA-1,passport,2026-11-24 10:30\nA-2,passport,2026-11-31 10:30\nA-3,pasport,2026-11-24 10:30\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let db = folder.file("hall.sqlite")
        let r = try await Self.talon(["import", "appointments", file, "--db", db])
        #expect(r.status == 1)
        #expect(r.output.contains("\(file):3: slot: «2026-11-31 10:30» — не дата и время"), "\(r.output)")
        #expect(r.output.contains("\(file):4: service: услуги «pasport» нет в этом зале"), "\(r.output)")
        #expect(r.output.contains("\(file): 2 ошибки / 2 errors; ничего не загружено / nothing was loaded"), "\(r.output)")
        #expect(!FileManager.default.fileExists(atPath: db), "a bad file opens no journal")
    }

    @Test("a journal another Talon holds: the import says to use --url; once that process is killed, it works")
    func journalInUse() async throws {
        let folder = try TempFolder("talon-import")
        defer { folder.remove() }
        let db = folder.file("hall.sqlite")
        let holder = try Child(["crash-worker", "--db", db, "--start", "2026-11-24T07:00:00Z", "--prefix", "h", "--submitters", "1"])
        try #require(await holder.waitFor("READY", timeout: 30), "worker did not start: \(holder.output)")
        let refused = try await Self.talon(["import", "notices", Self.notices, "--db", db])
        #expect(refused.status == 1)
        #expect(refused.output.contains("журнал \(db) открыт другим процессом Talon"), "\(refused.output)")
        #expect(refused.output.contains("--url"), "\(refused.output)")
        #expect(refused.output.contains("is in use by process "), "\(refused.output)")
        // SIGKILL: no chance to unlock; the kernel drops the lock with the process.
        holder.kill(SIGKILL)
        await holder.wait()
        let loaded = try await Self.talon(["import", "notices", Self.notices, "--db", db])
        #expect(loaded.status == 0, "\(loaded.output)")
    }

    @Test("--url: through a running talon serve with a manager's token; serve's journal cannot be imported into directly")
    func throughServer() async throws {
        let folder = try TempFolder("talon-import")
        defer { folder.remove() }
        let yaml = try String(contentsOf: Self.root.appendingPathComponent("kiosk/demo/hall.yaml"), encoding: .utf8)
        let config = folder.file("hall.yaml")
        try yaml.replacingOccurrences(of: "{login: manager, ", with: "{login: manager, token: \(Self.token), ")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let db = folder.file("hall.sqlite")
        let serve = try Child(["serve", "--config", config, "--db", db, "--http", "127.0.0.1:0"])
        defer { serve.kill(SIGTERM); serve.terminateAndReap() }
        try #require(await serve.waitFor("url=http://127.0.0.1:", timeout: 30), "serve did not start: \(serve.output)")
        let text = serve.output
        let start = try #require(text.range(of: "url=http://127.0.0.1:"))
        let port = String(text[start.upperBound...].prefix { $0.isNumber })
        let url = "http://127.0.0.1:\(port)"

        let direct = try await Self.talon(["import", "appointments", Self.appointments, "--config", config, "--db", db])
        #expect(direct.status == 1)
        #expect(direct.output.contains("--url http://HOST:PORT --token TOKEN"), "\(direct.output)")

        let first = try await Self.talon(["import", "appointments", Self.appointments, "--url", url, "--token", Self.token])
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("загружено 8 записей на приём, без изменений 0"), "\(first.output)")
        let again = try await Child(["import", "appointments", Self.appointments, "--url", url],
                              environment: ["TALON_TOKEN": Self.token]).wait()
        #expect(again.output.contains("загружено 0 записей на приём, без изменений 8"), "\(again.output)")

        let bad = folder.file("bad.csv")
        try "application,service,status,expected\nA-1,issue,ready,\nA-2,nope,ready,\nA-3,issue,in_progress,\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try await Self.talon(["import", "notices", bad, "--url", url, "--token", Self.token])
        #expect(refused.status == 1)
        #expect(refused.output.contains("\(bad):3: service: услуги «nope» нет в этом зале"), "\(refused.output)")
        #expect(refused.output.contains("\(bad):4: expected: для документов в работе"), "\(refused.output)")

        let wrongToken = try await Self.talon(["import", "notices", Self.notices, "--url", url, "--token", "not-the-token-at-all"])
        #expect(wrongToken.status == 1)
        #expect(wrongToken.output.contains("сервер не принял токен"), "\(wrongToken.output)")
    }
}
