import Synchronization
import TalonQR

/// The QR code of a ticket's live page, as SVG, drawn once per ticket.
///
/// A ticket screen is laid out again on every tick and every hall event while it
/// stays up (a minute, when the ticket did not print); its URL does not change, so the
/// last drawing is kept. Shared by the copies of a ``KioskLayout``.
final class KioskQRDrawing: Sendable {
    private let last = Mutex<(url: String, svg: String?)?>(nil)

    /// The QR code of `url`, or `nil` if it cannot be encoded (an absurd URL).
    func svg(_ url: String) -> String? {
        if let last = last.withLock({ $0 }), last.url == url { return last.svg }
        let svg = try? QRCode.encode(url, correction: .medium).svg(module: 8, quietZone: 4)
        last.withLock { $0 = (url, svg) }
        return svg
    }
}
