import ArgumentParser
import TalonCore

/// `talon import appointments FILE`, `talon import notices FILE`: load a CSV file of
/// bookings or document-readiness notices into the hall.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Загрузить записи на приём или готовность документов из CSV / Load bookings or readiness notices from CSV.",
        discussion: """
            Directly into the journal (--db) while `talon serve` is stopped, or through the running server \
            (--url, --token or $TALON_TOKEN: the token of a manager account). Importing the same file twice \
            changes nothing. On a bad file every error is printed as FILE:LINE: column: message and nothing is \
            loaded (exit status 1).
            """,
        subcommands: [ImportAppointmentsCommand.self, ImportNoticesCommand.self])
}

struct ImportAppointmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appointments",
        abstract: "Записи на приём: code,service,slot,category / Bookings: code,service,slot,category.",
        discussion: "slot: the center's local time, 2026-11-24 10:30, or ISO 8601 with an offset; category may be empty.")

    @OptionGroup var options: ImportOptions

    func run() async throws { try await ImportRunner(kind: .appointments, options: options).run() }
}

struct ImportNoticesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "Готовность документов: application,service,status,expected / Readiness: application,service,status,expected.",
        discussion: "status: ready, in_progress or issued; expected: 2026-11-27, required for in_progress.")

    @OptionGroup var options: ImportOptions

    func run() async throws { try await ImportRunner(kind: .notices, options: options).run() }
}

/// What both import commands take.
struct ImportOptions: ParsableArguments {
    @Argument(help: "The CSV file (UTF-8, a header row).") var file: String
    @OptionGroup var hall: HallOptions
    @Option(help: "Journal file (SQLite) for a direct import; fails while a talon serve has it open.")
    var db = "talon.sqlite"
    @Option(help: "Import through a running talon serve instead, e.g. http://127.0.0.1:8080.")
    var url: String?
    @Option(help: "With --url: the API token of a manager account (accounts[].token). Default: $TALON_TOKEN.")
    var token: String?
    @Flag(help: "Only check the file against the hall configuration; load nothing.")
    var check = false

    /// `--check` promises that nothing is loaded; through a server every row sent is
    /// loaded, so the two are refused together before anything is sent.
    func validate() throws {
        if check && url != nil {
            throw ValidationError("--check проверяет файл по конфигурации зала и ничего не загружает; с --url строки "
                                  + "загружаются сервером — уберите одно из двух / --check loads nothing, while --url "
                                  + "loads through the server: use one of them")
        }
    }
}
