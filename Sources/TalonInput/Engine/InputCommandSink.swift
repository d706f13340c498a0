public import TalonCore

/// Where input commands go: the executable connects this to the hall engine.
///
/// Commands carry ids derived from the device and the event time, so submitting the
/// same one twice (a replayed stream, a repeated read) is harmless: the journal
/// returns the first answer.
public protocol InputCommandSink: Sendable {
    /// Hands a command to the engine. Errors are the engine's to log; input goes on.
    func submit(_ envelope: CommandEnvelope) async
}
