import Foundation
import NIOCore
import TalonKiosk

/// A kiosk screen update as one Server-Sent Event:
///
/// ```
/// event: frame
/// data: {"elements":[…],"height":1920,"kiosk":"kiosk-1","language":"ru","screen":"home","version":7,"width":1080}
///
/// event: pressed
/// data: {"button":"group.social","version":7}
/// ```
extension KioskUpdate {
    func sse() throws -> ByteBuffer {
        var buffer = ByteBuffer()
        switch self {
        case .frame(let frame):
            buffer.writeString("event: frame\ndata: ")
            buffer.writeBytes(try WebHall.encoder.encode(frame))
        case .pressed(let button, let version):
            buffer.writeString("event: pressed\ndata: ")
            buffer.writeBytes(try WebHall.encoder.encode(KioskTapView(KioskTapOutcome(button: button, version: version))))
        }
        buffer.writeString("\n\n")
        return buffer
    }

    /// Sent when nothing else was for a heartbeat: an event, not a comment, so the
    /// page's watchdog sees that the connection is alive.
    static let ping = ByteBuffer(string: "event: ping\ndata: {}\n\n")
}
