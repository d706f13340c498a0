/// One finger on the panel in one frame.
struct Contact: Sendable, Hashable {
    /// A tracking id (protocol B), or nil when the protocol has none (A without ids).
    var id: Int32?
    var x: Int32
    var y: Int32
}

/// A tap on a kiosk screen, in screen pixels, at the release's kernel time.
public struct TouchTap: Sendable, Hashable {
    public var point: ScreenPoint
    public var time: EventTime
}

/// Decides taps from whole frames of contacts. The first finger down is the primary; a
/// tap is its touch and release within a distance and a time. Any other finger never
/// makes a tap, and nothing taps again until every finger is up. A frame after
/// SYN_DROPPED is poisoned: touches seen across a drop never tap.
struct TapRecognizer: Sendable {
    private enum State: Sendable {
        case idle
        case tracking(Tracking)
        /// A tap was made or refused; wait for every finger to lift.
        case waitingForLift
    }

    private struct Tracking: Sendable {
        var primary: Int32?
        var start: EventTime
        var startPoint: ScreenPoint
        var lastRaw: (x: Int32, y: Int32)
        var moved: Double
        /// Last frame's contacts, to follow an anonymous primary (protocol A).
        var previous: [Contact]
    }

    private var state: State = .idle
    let maxDistance: Double
    let maxDuration: Double

    init(maxDistance: Double, maxDuration: Double) {
        self.maxDistance = maxDistance
        self.maxDuration = maxDuration
    }

    var isTouching: Bool { if case .idle = state { false } else { true } }

    /// A frame ended (SYN_REPORT) with these contacts down.
    mutating func frame(_ contacts: [Contact], at time: EventTime, poisoned: Bool,
                        mapper: TouchMapper) -> TouchTap? {
        switch state {
        case .idle:
            guard let first = contacts.first else { return nil }
            if poisoned { state = .waitingForLift; return nil }
            let point = mapper.map(x: first.x, y: first.y)
            state = .tracking(Tracking(primary: first.id, start: time, startPoint: point,
                                       lastRaw: (first.x, first.y), moved: 0,
                                       previous: contacts))
            return nil
        case .waitingForLift:
            if contacts.isEmpty { state = .idle }
            return nil
        case .tracking(var t):
            if poisoned {
                state = contacts.isEmpty ? .idle : .waitingForLift
                return nil
            }
            let primary: Contact?
            if let id = t.primary {
                primary = contacts.first { $0.id == id }
            } else {
                primary = Self.follow(t.previous, primaryAt: t.lastRaw, into: contacts)
            }
            t.previous = contacts
            guard let primary else {
                state = contacts.isEmpty ? .idle : .waitingForLift
                let held = t.start.distance(to: time)
                guard held <= maxDuration, held >= 0, t.moved <= maxDistance else { return nil }
                return TouchTap(point: t.startPoint, time: time)
            }
            let point = mapper.map(x: primary.x, y: primary.y)
            t.moved = max(t.moved, point.distance(to: t.startPoint))
            t.lastRaw = (primary.x, primary.y)
            if t.moved > maxDistance || t.start.distance(to: time) > maxDuration {
                state = .waitingForLift
            } else {
                state = .tracking(t)
            }
            return nil
        }
    }

    /// Protocol A has no ids: a contact continues the primary when the primary is the
    /// nearest of last frame's contacts to it. When none does, the primary lifted.
    private static func follow(_ previous: [Contact], primaryAt p: (x: Int32, y: Int32),
                               into contacts: [Contact]) -> Contact? {
        let candidates = contacts.filter { c in
            let nearest = previous.min { rawDistance(c, ($0.x, $0.y)) < rawDistance(c, ($1.x, $1.y)) }
            return nearest.map { $0.x == p.x && $0.y == p.y } ?? true
        }
        return candidates.min { rawDistance($0, p) < rawDistance($1, p) }
    }

    private static func rawDistance(_ c: Contact, _ p: (x: Int32, y: Int32)) -> Double {
        let dx = Double(c.x) - Double(p.x), dy = Double(c.y) - Double(p.y)
        return dx * dx + dy * dy
    }
}
