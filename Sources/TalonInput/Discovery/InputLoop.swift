import TalonCore

/// The input service's poll loop: discovery, hot-plug, reading and decoding. Lives on
/// one thread; everything it finds goes out through `emit`.
final class InputLoop {
    private struct Attached {
        let config: InputDeviceConfig
        let device: EvdevDevice
        var decoder: InputDecoder
    }

    private let configs: [InputDeviceConfig]
    private let directory: DeviceDirectory
    private let opener: DeviceOpener
    private let emit: (InputOutput) -> Void
    private var attached: [String: Attached] = [:]
    /// Nodes that would not open; tried again when inotify reports a change.
    private var failed: Set<String> = []
    private var reported: [DeviceID: DeviceCondition] = [:]
    private var inotify: Inotify?
    private var lastRescan = Poller.now()

    init(configs: [InputDeviceConfig], deviceDirectory: String, opener: DeviceOpener = .system,
         emit: @escaping (InputOutput) -> Void) {
        self.configs = configs
        self.directory = DeviceDirectory(root: deviceDirectory)
        self.opener = opener
        self.emit = emit
    }

    /// Runs until `shouldStop` says so (checked at least every `tick` ms).
    func run(tick: Int32 = 100, shouldStop: () -> Bool) {
        inotify = try? Inotify(directory: directory.root)
        rescan()
        // A device already reported (no permission) keeps that report: it may be the node
        // that could not be opened.
        for config in configs where reported[config.id] == nil
            && !attached.values.contains(where: { $0.config.id == config.id }) {
            report(InputStatus.missing(config.id, path: nil), condition: .missing)
        }
        while !shouldStop() {
            step(timeout: tick)
        }
        attached.removeAll()  // deinit ungrabs and closes
    }

    /// One poll round: hot-plug, reads, releases, time-outs.
    func step(timeout: Int32) {
        let paths = Array(attached.keys)
        var fds = paths.map { attached[$0]!.device.fileDescriptor }
        if let inotify { fds.append(inotify.fd) }
        let results = Poller.wait(fds, timeoutMilliseconds: timeout)
        for (i, path) in paths.enumerated() where results[i].readable || results[i].hangup {
            let end = read(path)
            if end == .gone || (results[i].hangup && end != .more) { release(path) }
        }
        let now = Poller.now()
        if let inotify, results.last?.readable == true, inotify.drain() {
            failed.removeAll()
            rescan()
        } else if inotify == nil, lastRescan.distance(to: now) > 2 {
            rescan()
        }
        for path in attached.keys {
            for output in attached[path]!.decoder.idle(until: now) { emit(output) }
        }
    }

    private func read(_ path: String) -> EvdevDevice.ReadEnd {
        guard var entry = attached[path] else { return .gone }
        var events: [InputEvent] = []
        let end: EvdevDevice.ReadEnd
        do {
            end = try entry.device.read(into: &events)
        } catch {
            end = .gone
        }
        for e in events { for output in entry.decoder.feed(e) { emit(output) } }
        attached[path] = entry
        return end
    }

    private func release(_ path: String) {
        guard let entry = attached.removeValue(forKey: path) else { return }
        report(InputStatus.missing(entry.config.id, path: path), condition: .missing)
    }

    private func rescan() {
        lastRescan = Poller.now()
        for path in directory.nodes() where attached[path] == nil && !failed.contains(path) {
            // Every configured device has its node: the rest need not be opened.
            guard attached.count < configs.count else { return }
            attach(path)
        }
    }

    private func attach(_ path: String) {
        let device: EvdevDevice
        do {
            device = try opener.open(path: path)
        } catch {
            failed.insert(path)
            if error.code == .permissionDenied {
                for config in configs where !attached.values.contains(where: { $0.config.id == config.id }) {
                    report(InputStatus.noPermission(config.id, path: path), condition: .noPermission)
                }
            }
            return
        }
        let found = DiscoveredDevice(path: path, capabilities: device.capabilities, links: directory.links(to: path))
        let free = configs.filter { c in !attached.values.contains { $0.config.id == c.id } }
        guard let config = DeviceMatcher.match(found, in: free, deviceDirectory: directory.root) else { return }
        let decoder: InputDecoder
        do {
            decoder = try InputDecoder(device: config.id, role: config.role, capabilities: device.capabilities)
        } catch {
            report(DeviceStatus(device: config.id, kind: .input, condition: .error, message: error.message), condition: .error)
            return
        }
        if config.grab {
            do { try device.grab() } catch { report(InputStatus.grabFailed(config.id, error: error), condition: .error) }
        }
        attached[path] = Attached(config: config, device: device, decoder: decoder)
        report(InputStatus.attached(config.id, path: path), condition: .ok)
    }

    /// Reports a condition once per change, so a flapping scan does not flood the journal.
    private func report(_ status: DeviceStatus, condition: DeviceCondition) {
        guard reported[status.device] != condition else { return }
        reported[status.device] = condition
        let id = InputCommandID.status(device: status.device, condition: condition, time: Poller.now())
        emit(.command(CommandEnvelope(id: id, command: .reportDevice(status))))
    }
}
