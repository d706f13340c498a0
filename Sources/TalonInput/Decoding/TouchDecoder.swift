public import TalonCore

/// Turns a touch panel's events into taps, for all three ways panels report fingers:
/// multitouch protocol B (slots, tracking ids), protocol A (`SYN_MT_REPORT` frames) and
/// single touch (`BTN_TOUCH` with two axes). Frames end at SYN_REPORT; taps are decided
/// on whole frames by a ``TapRecognizer``.
public struct TouchDecoder: Sendable {
    public let touchProtocol: TouchProtocol
    public let mapper: TouchMapper
    let xCode: UInt16
    let yCode: UInt16
    private var recognizer: TapRecognizer

    // Protocol B: per-slot state; positions persist across touches as in the kernel.
    private var slots: [Slot]
    private var slot = 0
    // Protocol A: the contact being described and the frame's finished contacts.
    private var pending = PendingContact()
    private var frameContacts: [Contact] = []
    private var lastA: (x: Int32, y: Int32) = (0, 0)
    // Single touch.
    private var touching = false
    private var axis: (x: Int32, y: Int32) = (0, 0)
    // After SYN_DROPPED until the frame that ends the sync.
    private var poisoned = false

    private struct Slot: Sendable { var tracking: Int32 = -1; var x: Int32 = 0; var y: Int32 = 0 }
    private struct PendingContact: Sendable {
        var x: Int32?
        var y: Int32?
        var id: Int32?
    }

    /// A decoder for a device with `capabilities` playing `role`; throws when the device
    /// has no touch axes the role can use.
    public init(capabilities: DeviceCapabilities, role: TouchscreenRole) throws(InputError) {
        guard let proto = capabilities.touchProtocol else {
            throw .notATouchDevice(capabilities.name)
        }
        let multi = proto != .singleTouch
        let xCode = role.axes.x ?? (multi ? ABS.mtPositionX : ABS.x)
        let yCode = role.axes.y ?? (multi ? ABS.mtPositionY : ABS.y)
        guard let xInfo = capabilities.absInfo[xCode], let yInfo = capabilities.absInfo[yCode] else {
            throw .missingAxis(device: capabilities.name, x: xCode, y: yCode)
        }
        self.touchProtocol = proto
        self.xCode = xCode
        self.yCode = yCode
        self.mapper = TouchMapper(xRange: xInfo.range, yRange: yInfo.range, role: role)
        self.recognizer = TapRecognizer(maxDistance: role.tapMaxDistance, maxDuration: role.tapMaxDuration)
        let slotCount = Int(capabilities.absInfo[ABS.mtSlot]?.maximum ?? 0) + 1
        self.slots = Array(repeating: Slot(), count: min(max(slotCount, 1), 64))
        self.axis = (xInfo.value, yInfo.value)
    }

    /// True while any finger is down as far as the decoder knows.
    public var isTouching: Bool { recognizer.isTouching }

    /// The tracking ids held in protocol B slots (for tests: state after a sync).
    public var activeTrackingIDs: [Int32] { slots.map(\.tracking).filter { $0 >= 0 } }

    /// Feeds one event; returns a tap when a frame completes one. `syncing` marks events
    /// that restore state after SYN_DROPPED: a frame holding any of them never starts
    /// or ends a tap.
    public mutating func feed(_ event: InputEvent, syncing: Bool = false) -> TouchTap? {
        if syncing { poisoned = true }
        switch event.type {
        case EV.syn:
            switch event.code {
            case SYN.report: return endFrame(at: event.time)
            case SYN.mtReport: endContactA(); return nil
            case SYN.dropped: poisoned = true; frameContacts = []; pending = PendingContact(); return nil
            default: return nil
            }
        case EV.abs:
            absolute(event.code, event.value)
        case EV.key where event.code == KEY.btnTouch:
            if touchProtocol == .singleTouch { touching = event.value != 0 }
        default:
            break
        }
        return nil
    }

    private mutating func absolute(_ code: UInt16, _ value: Int32) {
        switch touchProtocol {
        case .multitouchB:
            if code == ABS.mtSlot {
                slot = Int(value)
            } else if slots.indices.contains(slot) {
                if code == ABS.mtTrackingID { slots[slot].tracking = value }
                if code == xCode { slots[slot].x = value }
                if code == yCode { slots[slot].y = value }
            }
        case .multitouchA:
            if code == xCode { pending.x = value }
            if code == yCode { pending.y = value }
            if code == ABS.mtTrackingID { pending.id = value }
        case .singleTouch:
            if code == xCode { axis.x = value }
            if code == yCode { axis.y = value }
        }
    }

    private mutating func endContactA() {
        defer { pending = PendingContact() }
        guard pending.x != nil || pending.y != nil else { return }
        let x = pending.x ?? lastA.x, y = pending.y ?? lastA.y
        lastA = (x, y)
        frameContacts.append(Contact(id: pending.id, x: x, y: y))
    }

    private mutating func endFrame(at time: EventTime) -> TouchTap? {
        let contacts: [Contact]
        switch touchProtocol {
        case .multitouchB:
            contacts = slots.filter { $0.tracking >= 0 }.map { Contact(id: $0.tracking, x: $0.x, y: $0.y) }
        case .multitouchA:
            endContactA()
            contacts = frameContacts
            frameContacts = []
        case .singleTouch:
            contacts = touching ? [Contact(id: 0, x: axis.x, y: axis.y)] : []
        }
        let wasPoisoned = poisoned
        poisoned = false
        return recognizer.frame(contacts, at: time, poisoned: wasPoisoned, mapper: mapper)
    }
}
