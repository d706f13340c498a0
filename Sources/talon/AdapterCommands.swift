import ArgumentParser

extension Talon {
    /// Subcommands contributed by the adapters (input devices, printers).
    static let adapterCommands: [any ParsableCommand.Type] = []
}
