import ArgumentParser
import Foundation
import TalonConfig
import TalonCore
import TalonStore

/// What `talon import` does: check the file, then load it into the journal directly
/// or through a running server (``ImportUpload``), and print what became of the rows.
struct ImportRunner {
    let kind: ImportKind
    let options: ImportOptions

    func run() async throws {
        if let url = options.url {
            let summary = try await ImportUpload(kind: kind, options: options, base: url).run()
            try report(summary)
        } else {
            try await direct()
        }
    }

    // MARK: - Direct

    private func direct() async throws {
        let config = try options.hall.load()
        switch kind {
        case .appointments:
            try await direct(config, parse: AppointmentImport.load) { try await $0.load(appointments: $1) }
        case .notices:
            try await direct(config, parse: NoticeImport.load) { try await $0.load(notices: $1) }
        }
    }

    /// Parses the file with `parse`; unless only checking, loads its rows with `load`.
    private func direct<Value>(_ config: HallConfig,
                               parse: (String, HallConfig) throws(ConfigErrors) -> [ImportRow<Value>],
                               load: (HallEngine, [Value]) async throws -> ImportSummary) async throws {
        let rows = try Self.parsed(file: options.file) { () throws(ConfigErrors) in try parse(options.file, config) }
        guard !options.check else { return checked(rows.count) }
        try report(try await withEngine(config) { try await load($0, rows.map(\.value)) }, lines: rows.map(\.line))
    }

    /// Runs `body` with an engine on the journal, which this process must be the only one to hold.
    private func withEngine(_ config: HallConfig,
                            _ body: (HallEngine) async throws -> ImportSummary) async throws -> ImportSummary {
        let existed = FileManager.default.fileExists(atPath: options.db)
        let journal: SQLiteJournal
        do {
            journal = try SQLiteJournal(path: options.db)
        } catch let error as StoreError where error.code == .inUse {
            throw fail("журнал \(options.db) открыт другим процессом Talon (работает talon serve?); загрузите файл через него: "
                 + "talon import \(kind.rawValue) \(options.file) --url http://HOST:PORT --token TOKEN / "
                 + "\(error.message); import through that server with --url and --token")
        }
        defer { try? journal.close() }
        if !existed {
            say("журнала \(options.db) не было, он создан / there was no journal \(options.db); a new one was created",
                error: true)
        }
        let engine = try await HallEngine.start(config: config, clock: SystemClock(), journal: journal)
        return try await body(engine)
    }

    // MARK: - Output

    /// The rows of `file`, or exits 1 after every error of the file.
    static func parsed<T>(file: String, _ parse: () throws(ConfigErrors) -> T) throws -> T {
        do {
            return try parse()
        } catch {
            throw fail(error.description + "\n" + errorCount(error.count, file: file))
        }
    }

    private func checked(_ count: Int) {
        say("\(options.file): OK — \(kind.russian(count)) / \(kind.english(count))")
    }

    /// Prints the summary (and each refusal at its line); exits 1 if the hall refused any row.
    func report(_ summary: ImportSummary, lines: [Int]? = nil) throws {
        for refusal in summary.refused {
            let line = lines.map { ":\($0[refusal.index])" } ?? ""
            say("\(options.file)\(line): \(refusal.key): \(refusal.message) / the hall refused this row (\(refusal.code))",
                error: true)
        }
        say("\(options.file): \(summary.text(kind))")
        if !summary.refused.isEmpty { throw ExitCode(1) }
    }

    /// «FILE: 3 ошибки / 3 errors; ничего не загружено / nothing was loaded».
    private static func errorCount(_ n: Int, file: String) -> String {
        let ru = RussianPlural.form(n, one: "ошибка", few: "ошибки", many: "ошибок")
        return "\(file): \(n) \(ru) / \(n == 1 ? "1 error" : "\(n) errors"); ничего не загружено / nothing was loaded"
    }
}

/// Prints a line of the import commands (on standard error with `error`).
func say(_ text: String, error: Bool = false) {
    (error ? FileHandle.standardError : FileHandle.standardOutput).write(Data((text + "\n").utf8))
}

/// Prints `text` on standard error and returns the exit status 1 to throw.
func fail(_ text: String) -> ExitCode {
    say(text, error: true)
    return ExitCode(1)
}
