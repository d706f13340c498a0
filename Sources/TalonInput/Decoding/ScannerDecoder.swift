public import TalonCore

/// What a scanner's keys amounted to.
public enum ScanResult: Sendable, Hashable {
    /// A whole code, ended by the terminator at `time` (the terminator key's event).
    case code(String, time: EventTime)
    /// A partial code thrown away: no key for the time-out, or events were dropped.
    case discarded(length: Int, time: EventTime)
}

/// Turns a keyboard-wedge scanner's key presses into codes: Shift (a key of its own)
/// and CapsLock are applied, the terminator ends a code, and a partial code with no
/// key for `partialTimeout` is thrown away. A grabbed device gets no CapsLock handling
/// from the kernel, so the lock state is kept here.
public struct ScannerDecoder: Sendable {
    public var role: ScannerRole
    private var buffer = ""
    private var lastKey: EventTime?
    private var shifts: Set<UInt16> = []
    private var capsLock = false

    public init(role: ScannerRole) {
        self.role = role
    }

    /// Feeds one EV_KEY event.
    public mutating func feed(code: UInt16, value: Int32, time: EventTime, syncing: Bool) -> [ScanResult] {
        if code == KEY.leftShift || code == KEY.rightShift {
            if value == 0 { shifts.remove(code) } else { shifts.insert(code) }
            return []
        }
        guard value == 1, !syncing else { return [] }
        var results: [ScanResult] = []
        if let expired = expire(at: time) { results.append(expired) }
        lastKey = time
        if code == KEY.capsLock {
            capsLock.toggle()
            return results
        }
        if isTerminator(code) {
            if !buffer.isEmpty { results.append(.code(buffer, time: time)) }
            buffer = ""
            lastKey = nil
            return results
        }
        guard let chars = ScannerKeymap.characters(for: code, layout: role.layout) else { return results }
        let shifted = !shifts.isEmpty
        let upper = ScannerKeymap.isLetter(code) ? (shifted != capsLock) : shifted
        buffer.append(upper ? chars.shifted : chars.plain)
        if buffer.count > 256 {  // no booking code is this long: a stuck key or noise
            results.append(.discarded(length: buffer.count, time: time))
            buffer = ""
        }
        return results
    }

    /// Throws the partial code away when the last key is older than the time-out.
    public mutating func expire(at now: EventTime) -> ScanResult? {
        guard let lastKey, lastKey.distance(to: now) > role.partialTimeout else { return nil }
        return discard(at: now)
    }

    /// After SYN_DROPPED: characters were lost, so the partial code is worthless.
    public mutating func dropped(at time: EventTime) -> ScanResult? {
        discard(at: time)
    }

    private mutating func discard(at time: EventTime) -> ScanResult? {
        guard !buffer.isEmpty else { return nil }
        let length = buffer.count
        buffer = ""
        lastKey = nil
        return .discarded(length: length, time: time)
    }

    private func isTerminator(_ code: UInt16) -> Bool {
        switch role.terminator {
        case .enter: code == KEY.enter || code == KEY.keypadEnter
        case .tab: code == KEY.tab
        }
    }
}
