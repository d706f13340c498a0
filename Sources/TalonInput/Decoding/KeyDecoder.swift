/// A key or button press that survived autorepeat and debounce.
public struct KeyPress: Sendable, Hashable {
    public var code: UInt16
    public var time: EventTime
}

/// Turns EV_KEY values into presses: 1 is a press, 0 a release, 2 (autorepeat) is
/// ignored, and a press closer than `debounce` to the key's previous edge is contact
/// bounce. While libevdev replays state after SYN_DROPPED (`syncing`), keys only
/// update what is held: a key found held after a drop is not a press.
public struct KeyDecoder: Sendable {
    public var debounce: Double
    private var held: Set<UInt16> = []
    private var lastEdge: [UInt16: EventTime] = [:]

    public init(debounce: Double) {
        self.debounce = debounce
    }

    /// Feeds one EV_KEY event; returns the press it makes, if any.
    public mutating func feed(code: UInt16, value: Int32, time: EventTime, syncing: Bool) -> KeyPress? {
        switch value {
        case 0:
            held.remove(code)
            lastEdge[code] = time
            return nil
        case 1:
            let wasHeld = !held.insert(code).inserted
            let previous = lastEdge[code]
            lastEdge[code] = time
            if syncing || wasHeld { return nil }
            if let previous, previous.distance(to: time) < debounce, previous <= time { return nil }
            return KeyPress(code: code, time: time)
        default:
            return nil
        }
    }
}
