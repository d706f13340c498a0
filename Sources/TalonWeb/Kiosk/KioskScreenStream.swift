import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
import TalonCore
import TalonKiosk

/// The body of `GET /api/v1/kiosks/{id}/screen`: one kiosk page's stream.
///
/// The frame on screen comes first (so a page that reconnects draws the present, never
/// a stale screen), then every `pressed` and `frame` as the host publishes them, and an
/// `event: ping` every heartbeat. No event ids: every connection starts with the whole
/// frame, so nothing needs resuming.
extension WebHall {
    private enum KioskStreamItem: Sendable {
        case update(KioskUpdate)
        case ping
    }

    @concurrent func kioskScreenStream(_ id: DeviceID, host: KioskHost,
                                       to writer: inout any ResponseBodyWriter) async throws {
        // Subscribed here, in the body, so a page gone before its body starts leaves no
        // subscriber behind.
        guard let updates = await host.updates(kiosk: id) else { return }
        let (items, continuation) = AsyncStream<KioskStreamItem>.makeStream(bufferingPolicy: .bufferingNewest(64))
        try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask {
                for await update in updates { continuation.yield(.update(update)) }
                continuation.finish()
            }
            group.addTask { [interval = options.heartbeat] in
                // Never throws: a cancelled heartbeat must not fail the group.
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    if !Task.isCancelled { continuation.yield(.ping) }
                }
            }
            try await withGracefulShutdownHandler {
                for await item in items {
                    switch item {
                    case .update(let update): try await writer.write(try update.sse())
                    case .ping: try await writer.write(EventFrame.ping)
                    }
                }
            } onGracefulShutdown: {
                continuation.finish()
            }
            // The page left or the server stops: end the subscription and the heartbeat.
            group.cancelAll()
        }
    }
}
