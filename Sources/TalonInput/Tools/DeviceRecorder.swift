/// `talon devices record PATH`: a device's description and events in evemu format.
public enum DeviceRecorder {
    /// Records `path` until `shouldStop` returns true, writing text through `write`
    /// (the description first, then one `E:` line per event).
    public static func record(path: String, grab: Bool = false, write: (String) -> Void,
                              shouldStop: () -> Bool) throws(InputError) {
        let device = try EvdevDevice.open(path: path)
        if grab { try device.grab() }
        write(EvemuWriter.description(device.capabilities))
        while !shouldStop() {
            let ready = Poller.wait([device.fileDescriptor], timeoutMilliseconds: 100)
            guard ready[0].readable || ready[0].hangup else { continue }
            var events: [InputEvent] = []
            let end = try device.read(into: &events)
            for e in events { write(EvemuWriter.event(e)) }
            if end == .gone || (ready[0].hangup && events.isEmpty) { throw .gone(path: path) }
        }
    }
}
