import ArgumentParser

/// `talon`: the one executable. Thin: it parses arguments, builds the parts from the
/// library targets, and runs them.
@main
struct Talon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talon",
        abstract: "Талон — электронная очередь зала МФЦ / Talon, the queue system of a service-center hall.",
        subcommands: [
            DemoCommand.self,
            ServeCommand.self,
            SimulateCommand.self,
            CheckConfigCommand.self,
            ImportCommand.self,
            BenchCommand.self,
            CrashWorkerCommand.self,
        ] + Talon.adapterCommands)
}
