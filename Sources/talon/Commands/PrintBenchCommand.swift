import ArgumentParser
import TalonPrint

/// `talon bench print`: Talon's print path beside `lp -o raw` (needs lpadmin rights).
struct PrintBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Time tickets through CUPS beside lp -o raw.")

    @Option(help: "Rounds of each path.")
    var iterations = 50

    @Option(help: "Print server: host[:port] or a socket path.")
    var server: String?

    func run() async throws {
        let result = try await PrintBenchmark.run(server: try server.map { try CupsServerAddress(parsing: $0) },
                                                  iterations: iterations)
        print(result)
    }
}
