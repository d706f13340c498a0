import Foundation
public import TalonCore
public import TalonInput
import TalonTestSupport

/// Loads fixtures and runs events through a fake device, the real libevdev and a decoder.
public enum Harness {
    public static func recording(_ names: String...) throws -> Recording {
        try Recording.load(names.map(InputFixtures.url))
    }

    /// Sends `events` through the pipe, reads them back through libevdev and decodes them.
    public static func throughLibevdev(_ recording: Recording, role: InputDeviceRole, device: DeviceID = "dev-1",
                                chunk: Int = 256) throws -> (outputs: [InputOutput], read: [InputEvent]) {
        let caps = try #require(recording.capabilities)
        let fake = FakeEvdevDevice(caps)
        let evdev = try fake.open()
        var decoder = try InputDecoder(device: device, role: role, capabilities: evdev.capabilities)
        var outputs: [InputOutput] = []
        var read: [InputEvent] = []
        var start = 0
        while start < recording.events.count {
            let end = min(start + chunk, recording.events.count)
            fake.send(Array(recording.events[start..<end]))
            var batch: [InputEvent] = []
            while try evdev.read(into: &batch) == .more {}
            for e in batch { outputs += decoder.feed(e) }
            read += batch
            start = end
        }
        return (outputs, read)
    }

    public static func taps(_ outputs: [InputOutput]) -> [Tap] {
        outputs.compactMap { if case .tap(let t) = $0 { t } else { nil } }
    }

    public static func commands(_ outputs: [InputOutput]) -> [CommandEnvelope] {
        outputs.compactMap { if case .command(let c) = $0 { c } else { nil } }
    }
}

// `#require` outside a test function needs the Testing import.
import Testing
