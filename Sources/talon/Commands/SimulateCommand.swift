import ArgumentParser
import Foundation
import TalonCore
import TalonSim
import TalonStore

struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate days of the hall on the real engine and journal, and print a summary.")

    @OptionGroup var hall: HallOptions
    @Option(help: "Days to simulate.") var days = 1
    @Option(help: "Random seed: the same seed gives the same output.") var seed: UInt64 = 1
    @Option(help: "Journal file to keep (default: a temporary file, removed afterwards).") var db: String?
    @Flag(help: "Print the summary as JSON.") var json = false

    func validate() throws {
        guard (1...366).contains(days) else { throw ValidationError("--days must be between 1 and 366") }
    }

    func run() async throws {
        let config = try hall.load()
        let path = db ?? TempDatabase.path("simulate")
        defer { if db == nil { TempDatabase.remove(path) } }
        let journal = try SQLiteJournal(path: path)
        let report = try await Simulation(config: config, days: days, seed: seed).run(journal: journal)
        print(json ? report.json() : report.text(config: config))
    }
}

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the demo hall: a simulated day on the real engine, with its summary.")

    @OptionGroup var hall: HallOptions
    @Option(help: "Journal file (default: talon-demo.sqlite in the current folder).") var db = "talon-demo.sqlite"
    @Option(help: "Random seed.") var seed: UInt64 = 1

    func run() async throws {
        let config = try hall.load()
        TempDatabase.remove(db)
        let journal = try SQLiteJournal(path: db)
        print("Талон: демо-зал «\(config.center.name.ru)», \(config.services.count) услуг, \(config.windows.count) окон.")
        print("Моделируется один день на настоящем движке и журнале \(db)…\n")
        let report = try await Simulation(config: config, days: 1, seed: seed).run(journal: journal)
        print(report.text(config: config))
    }
}
