import Foundation
public import ServiceLifecycle
public import TalonCore

/// Runs every kiosk of the hall: one ``KioskMachine`` each, fed by touches, the hall's
/// events and time, with the frames sent to the kiosk pages.
///
/// Touches from the evdev touchscreen (`talon serve` forwards `InputService.taps`) and
/// clicks in the kiosk page both come in through ``tap(kiosk:x:y:)`` and are hit-tested
/// against the frame on screen, so both take one path.
public actor KioskHost: Service, CustomStringConvertible {
    public nonisolated let description = "kiosks"
    let engine: HallEngine
    let clock: any HallClock
    let tickInterval: Duration
    var sessions: [DeviceID: KioskSession] = [:]
    var subscribers: [DeviceID: [UUID: AsyncStream<KioskUpdate>.Continuation]] = [:]
    /// The engine failed to make a command durable; cleared by its next success.
    var engineFault = false

    /// - Parameters:
    ///   - engine: the hall engine; its config lists the kiosks.
    ///   - clock: the hall's clock (idle time-outs, opening hours).
    ///   - tickInterval: how often time-outs and the out-of-service state are checked.
    public init(engine: HallEngine, clock: any HallClock, tickInterval: Duration = .seconds(1)) async {
        self.engine = engine
        self.clock = clock
        self.tickInterval = tickInterval
        let world = KioskWorld(state: await engine.current)
        let now = clock.now()
        for kiosk in engine.config.kiosks {
            sessions[kiosk.id] = KioskSession(kiosk: kiosk, hall: engine.config, world: world, now: now)
        }
    }

    /// The frame on `kiosk`'s screen now; `nil` for a kiosk the hall does not have.
    public func frame(kiosk: DeviceID) -> KioskFrame? {
        sessions[kiosk]?.frame
    }

    /// The updates of `kiosk`'s screen, starting with the frame on it now; `nil` for an
    /// unknown kiosk. A slow reader loses old updates, never the newest.
    public func updates(kiosk: DeviceID) -> AsyncStream<KioskUpdate>? {
        guard let session = sessions[kiosk] else { return nil }
        let (stream, continuation) = AsyncStream<KioskUpdate>.makeStream(bufferingPolicy: .bufferingNewest(32))
        let id = UUID()
        continuation.yield(.frame(session.frame))
        subscribers[kiosk, default: [:]][id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(kiosk, id) }
        }
        return stream
    }

    private func unsubscribe(_ kiosk: DeviceID, _ id: UUID) {
        subscribers[kiosk]?[id] = nil
    }

    /// A touch at (`x`, `y`) screen pixels of `kiosk`: the button under it is shown
    /// pressed at once, then its action runs (asking the engine if it must). Returns
    /// once the screen shows the result; `nil` for an unknown kiosk.
    @discardableResult
    public func tap(kiosk: DeviceID, x: Double, y: Double) async -> KioskTapOutcome? {
        guard let session = sessions[kiosk] else { return nil }
        let frame = session.frame
        guard let button = frame.hit(x: x, y: y) else {
            return KioskTapOutcome(button: nil, version: frame.version)
        }
        publish(kiosk, .pressed(button: button.id, version: frame.version))
        let now = clock.now()
        let world = await world()
        let command = sessions[kiosk]?.machine.press(button.action, world: world, at: now)
        refresh(kiosk, world: world, now: now)
        if let command {
            let id = CommandID("kiosk-\(kiosk)-\(UUID().uuidString)")
            sessions[kiosk]?.sending(id)
            let result: Result<CommandResult, HallError>
            do {
                result = .success(try await engine.submit(command, id: id))
                engineFault = false
            } catch let error as HallError {
                if error.code == .journalFailed { engineFault = true }
                result = .failure(error)
            } catch {
                result = .failure(HallError(.journalFailed, "\(error)"))
            }
            let after = await self.world(), later = clock.now()
            sessions[kiosk]?.machine.answered(result, world: after, at: later)
            refresh(kiosk, world: after, now: later)
        }
        return KioskTapOutcome(button: button.id, version: frame.version)
    }

    // MARK: - Running

    /// Follows the hall's events and the clock until cancelled or shut down.
    public func run() async throws {
        let events = engine.events(buffer: 4096)
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask { [self] in
                    for await event in events { await self.handle(event) }
                }
                group.addTask { [self] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: self.tickInterval)
                        await self.tick()
                    }
                }
            }
        }
    }

    func handle(_ journaled: JournaledEvent) async {
        let world = await world(), now = clock.now()
        for id in Array(sessions.keys) {
            // A kiosk's own press has its answer already (``tap(kiosk:x:y:)``).
            if sessions[id]?.sent(journaled.command) == false {
                if case .ticketIssued(let t) = journaled.event, sessions[id]?.machine.takesForeignTicket(t) == true,
                   let answer = await engine.ticket(t.id) {
                    // A ticket for this kiosk from elsewhere: the barcode scanner's check-in.
                    sessions[id]?.machine.answered(.success(.ticket(answer)), world: world, at: now)
                } else {
                    sessions[id]?.machine.observe(journaled.event, world: world, at: now)
                }
            }
            refresh(id, world: world, now: now)
        }
    }

    /// One round of time-outs; while the engine is faulted, a harmless command tells
    /// whether it has recovered.
    func tick() async {
        if engineFault {
            let status = DeviceStatus(device: DeviceID("kiosks"), kind: .kiosk, condition: .ok, message: "терминалы работают")
            if (try? await engine.submit(.reportDevice(status), id: CommandID("kiosk-probe-\(UUID().uuidString)"))) != nil {
                engineFault = false
            }
        }
        let world = await world(), now = clock.now()
        for id in Array(sessions.keys) {
            sessions[id]?.machine.tick(world: world, at: now)
            refresh(id, world: world, now: now)
        }
    }

    // MARK: - Helpers

    func world() async -> KioskWorld {
        KioskWorld(state: await engine.current, engineFault: engineFault)
    }

    private func refresh(_ kiosk: DeviceID, world: KioskWorld, now: Date) {
        if let frame = sessions[kiosk]?.render(world: world, at: now) { publish(kiosk, .frame(frame)) }
    }

    private func publish(_ kiosk: DeviceID, _ update: KioskUpdate) {
        for c in subscribers[kiosk, default: [:]].values { c.yield(update) }
    }
}
