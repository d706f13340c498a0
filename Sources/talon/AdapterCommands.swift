import ArgumentParser

extension Talon {
    /// Subcommands contributed by the adapters (input devices, printers).
    static let adapterCommands: [any ParsableCommand.Type] = [DevicesCommand.self, ReplayCommand.self, PrintersCommand.self, PrintTestCommand.self]
}
