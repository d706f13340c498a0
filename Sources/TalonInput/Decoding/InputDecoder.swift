public import TalonCore

/// A device's whole decoding: its role's decoders and the mapping to commands, taps
/// and notes. Pure Swift: fed events from libevdev, a recording or a test.
///
/// Outputs are released at SYN_REPORT, when a frame is whole: a frame cut short (an
/// unplug, SYN_DROPPED) does nothing.
///
/// SYN_DROPPED starts a sync. libevdev then replays the device's current state as
/// events stamped with the SYN_DROPPED's time, in one or more frames; the kernel alone
/// sends the rest of a broken frame. Until a frame has ended and an event with a later
/// time arrives, events only restore state, so nothing lost in the drop becomes a
/// phantom press or tap.
public struct InputDecoder: Sendable {
    public let device: DeviceID
    public let role: InputDeviceRole
    /// Buttons and keypads; the other roles read their keys themselves.
    private var keys: KeyDecoder?
    private var touch: TouchDecoder?
    private var scanner: ScannerDecoder?
    private var syncing = false
    private var syncTime: EventTime?
    private var syncFrameEnded = false
    private var pending: [InputOutput] = []
    /// How many SYN_DROPPED this decoder has recovered from.
    public private(set) var drops = 0

    /// A decoder for `device` playing `role` on hardware with `capabilities`.
    public init(device: DeviceID, role: InputDeviceRole, capabilities: DeviceCapabilities) throws(InputError) {
        self.device = device
        self.role = role
        switch role {
        case .ratingPanel(let r):
            keys = KeyDecoder(debounce: r.debounce)
        case .callButtons(let r):
            keys = KeyDecoder(debounce: r.debounce)
        case .keypad(let r):
            keys = KeyDecoder(debounce: r.debounce)
        case .touchscreen(let r):
            touch = try TouchDecoder(capabilities: capabilities, role: r)
        case .scanner(let r):
            guard ScannerKeymap.layouts.contains(r.layout) else {
                throw .badRole("scanner `\(device)`: unknown keyboard layout `\(r.layout)`; known: "
                               + ScannerKeymap.layouts.sorted().joined(separator: ", "))
            }
            scanner = ScannerDecoder(role: r)
        }
    }

    /// The touch decoder, for a touchscreen.
    public var touchDecoder: TouchDecoder? { touch }

    /// Feeds one event; returns what the hall does because of it.
    public mutating func feed(_ event: InputEvent) -> [InputOutput] {
        if event.type == EV.syn && event.code == SYN.dropped {
            syncing = true
            syncTime = event.time
            syncFrameEnded = false
            drops += 1
            pending.removeAll()
            var out: [InputOutput] = []
            if var s = scanner, let r = s.dropped(at: event.time) { scanner = s; out.append(note(r)) }
            _ = touch?.feed(event, syncing: true)
            out.append(.note(InputNote(device: device, time: event.time,
                                       text: "events dropped by the kernel (SYN_DROPPED); state resynced")))
            return out
        }
        if syncing, syncFrameEnded, event.time != syncTime {
            syncing = false
            syncTime = nil
        }
        if var t = touch {
            if let tap = t.feed(event, syncing: syncing), case .touchscreen(let r) = role {
                pending.append(.tap(Tap(kiosk: r.kiosk, x: tap.point.x, y: tap.point.y, time: tap.time, device: device)))
            }
            touch = t
        }
        if event.type == EV.key {
            if var s = scanner {
                for r in s.feed(code: event.code, value: event.value, time: event.time, syncing: syncing) {
                    pending.append(r.isCode ? scanned(r) : note(r))
                }
                scanner = s
            } else if let press = keys?.feed(code: event.code, value: event.value, time: event.time, syncing: syncing) {
                pending.append(pressed(press))
            }
        }
        guard event.isSynReport else { return [] }
        if syncing { syncFrameEnded = true }
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }

    /// Lets time pass with no event (a partial scan times out).
    public mutating func idle(until now: EventTime) -> [InputOutput] {
        guard var s = scanner, let r = s.expire(at: now) else { return [] }
        scanner = s
        return [note(r)]
    }

    private func pressed(_ press: KeyPress) -> InputOutput {
        let id = InputCommandID.make(device: device, time: press.time, code: press.code)
        let command: Command?
        switch role {
        case .ratingPanel(let r):
            command = r.scores[press.code].map { .rate(window: r.window, score: $0, device: device) }
        case .callButtons(let r):
            command = r.actions[press.code].map { Self.command(for: $0, window: r.window) }
        case .keypad(let r):
            switch r.keys[press.code] {
            case .call(let a): command = Self.command(for: a, window: r.window)
            case .rate(let score): command = .rate(window: r.window, score: score, device: device)
            case nil: command = nil
            }
        case .touchscreen, .scanner:
            command = nil
        }
        guard let command else {
            return .note(InputNote(device: device, time: press.time,
                                   text: "\(EventNames.code(type: EV.key, code: press.code)) has no meaning in this role"))
        }
        return .command(CommandEnvelope(id: id, command: command))
    }

    static func command(for action: CallButtonAction, window: WindowID) -> Command {
        switch action {
        case .callNext: .callNext(window: window)
        case .recall: .recall(window: window)
        case .start: .startService(window: window)
        case .finish: .finishService(window: window, outcome: .served)
        case .noShow: .markNoShow(window: window)
        }
    }

    private func scanned(_ result: ScanResult) -> InputOutput {
        guard case .code(let text, let time) = result, case .scanner(let r) = role else { return note(result) }
        let terminator = r.terminator == .tab ? KEY.tab : KEY.enter
        return .command(CommandEnvelope(
            id: InputCommandID.make(device: device, time: time, code: terminator),
            command: .checkIn(code: AppointmentCode(text), kiosk: r.kiosk, language: r.language)))
    }

    private func note(_ result: ScanResult) -> InputOutput {
        switch result {
        case .code(let text, let time):
            .note(InputNote(device: device, time: time, text: "scanned \(text.count) characters"))
        case .discarded(let length, let time):
            .note(InputNote(device: device, time: time, text: "partial scan of \(length) characters thrown away"))
        }
    }
}

extension ScanResult {
    var isCode: Bool { if case .code = self { true } else { false } }
}
