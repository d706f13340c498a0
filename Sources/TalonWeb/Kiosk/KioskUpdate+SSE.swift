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
        switch self {
        case .frame(let frame):
            return EventFrame.event("frame", data: try WebHall.jsonBytes(frame))
        case .pressed(let button, let version):
            let pressed = KioskTapView(KioskTapOutcome(button: button, version: version))
            return EventFrame.event("pressed", data: try WebHall.jsonBytes(pressed))
        }
    }
}
