public import Foundation
public import TalonCore

/// `talon replay FILE --role …`: a recording through the same decoders, printed as what
/// the hall would have done. The way to reproduce a complaint from a hall.
public enum Replay {
    /// Decodes `recording` as `config`'s device and returns every output in order.
    public static func outputs(_ recording: Recording, as config: InputDeviceConfig) throws(InputError) -> [InputOutput] {
        guard let caps = recording.capabilities else {
            throw .badRecording("the recording has no device description (N:/I:/B:/A: lines); pass the .desc file first")
        }
        var decoder = try InputDecoder(device: config.id, role: config.role, capabilities: caps)
        var out: [InputOutput] = []
        for e in recording.events { out += decoder.feed(e) }
        if let last = recording.events.last {
            out += decoder.idle(until: EventTime(seconds: last.time.seconds + 60, microseconds: 0))
        }
        return out
    }

    /// The outputs as lines a person reads.
    public static func describe(_ outputs: [InputOutput]) -> String {
        outputs.map { output -> String in
            switch output {
            case .command(let c): "\(c.id): \(c.command)"
            case .tap(let t): "\(t.time) tap kiosk \(t.kiosk) at (\(Int(t.x.rounded())), \(Int(t.y.rounded())))"
            case .note(let n): n.description
            }
        }.joined(separator: "\n") + "\n"
    }

    /// Loads `files` (a `.desc` before its `.events`, a combined evemu file, or
    /// `libinput record` YAML) and replays them.
    public static func run(files: [URL], as config: InputDeviceConfig) throws(InputError) -> String {
        describe(try outputs(try Recording.load(files), as: config))
    }
}
