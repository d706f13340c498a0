import Foundation
import Synchronization
import TalonWeb

/// A kiosk page's event stream read on its own thread (blocking reads): every `frame`
/// and `pressed` event in order, with the frames decoded enough for tests.
final class KioskScreenReader: Sendable {
    struct Event: Sendable {
        var name: String
        var data: String
        var at: Date

        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any]) ?? [:]
        }
        var version: Int? { json["version"] as? Int }
        var screen: String? { json["screen"] as? String }
        var button: String? { json["button"] as? String }
    }

    private let events = Mutex<[Event]>([])
    private let status = Mutex<Int?>(nil)

    /// Connects to `/api/v1/kiosks/<kiosk>/screen` with `token`; fails unless it answers 200.
    init(port: Int, kiosk: String, token: String) async throws {
        let connection = try RawHTTPConnection(port: port)
        connection.setTimeout(seconds: 15)
        try connection.send("GET", "/api/v1/kiosks/\(kiosk)/screen",
                            headers: ["Authorization": "Bearer \(token)", "Accept": "text/event-stream"])
        let head = try await blocking { try connection.readHead() }
        guard head.status == 200 else { throw TestFailure("the screen stream answered \(head.status)") }
        Thread { [self] in read(connection) }.start()
    }

    private func read(_ connection: RawHTTPConnection) {
        var text = ""
        while let chunk = try? connection.readChunk() {
            text += chunk
            for e in ServerSentEvent.take(from: &text) where !e.name.isEmpty && e.name != "ping" {
                let event = Event(name: e.name, data: e.data, at: Date())
                events.withLock { $0.append(event) }
            }
        }
    }

    var all: [Event] { events.withLock { $0 } }

    /// The last frame received.
    var frame: Event? { all.last { $0.name == "frame" } }

    /// The first event after index `from` that matches, waiting up to `seconds`.
    func next(after from: Int = 0, within seconds: Double = 10, where match: (Event) -> Bool) async -> (Int, Event)? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let list = all
            if from < list.count, let i = list.indices.dropFirst(from).first(where: { match(list[$0]) }) {
                return (i, list[i])
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }
}

/// The centre of button `id` in a frame's JSON, in the frame's pixels.
func kioskButtonCentre(_ frame: [String: Any], _ id: String) -> (x: Double, y: Double)? {
    guard let elements = frame["elements"] as? [[String: Any]],
          let b = elements.first(where: { $0["kind"] as? String == "button" && $0["id"] as? String == id }),
          let x = (b["x"] as? NSNumber)?.doubleValue, let y = (b["y"] as? NSNumber)?.doubleValue,
          let w = (b["w"] as? NSNumber)?.doubleValue, let h = (b["h"] as? NSNumber)?.doubleValue
    else { return nil }
    return (x + w / 2, y + h / 2)
}
