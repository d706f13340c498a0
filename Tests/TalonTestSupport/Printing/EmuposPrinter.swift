import Foundation
import Synchronization

/// emupos, an ESC/POS printer emulator (PyPI, Apache-2.0), listening on a TCP port of
/// its own: it decodes what it receives into `.txt` receipts (CP866 text, `[qr …]` for
/// a QR code, `[image …]` for a raster image) and `.png` pictures of them, and answers DLE EOT like a real printer, paper-out included.
///
/// Installed by `scripts/setup-emupos.sh` into `.venv-emupos/`; `TALON_EMUPOS` may point
/// at another `emupos` executable. A missing emupos is an error, never a skipped test.
public final class EmuposPrinter: Sendable {
    /// The device id inside emupos.
    public let deviceID = "front"
    /// The printer's TCP port.
    public var port: Int { ports.withLock { $0.printer } }
    /// emupos's control API port.
    public var apiPort: Int { ports.withLock { $0.api } }
    private let ports: Mutex<(printer: Int, api: Int)>
    public let scratch: TempFolder
    private let process = Mutex<ChildProcess?>(nil)
    private let executable: String

    /// The emupos executable, or an error saying how to install it.
    public static func locate() throws -> String {
        if let path = ProcessInfo.processInfo.environment["TALON_EMUPOS"], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw FixtureFailure(description: "TALON_EMUPOS=\(path) is not an executable; run scripts/setup-emupos.sh or fix the variable")
            }
            return path
        }
        let path = PrinterFixtures.repository.appendingPathComponent(".venv-emupos/bin/emupos").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw FixtureFailure(description: "emupos is not installed at \(path); run scripts/setup-emupos.sh (needs Python >= 3.13) or set TALON_EMUPOS")
        }
        return path
    }

    /// Starts emupos with `profile`: a built-in emupos profile name, or a profile file
    /// written by ``emuposProfile(name:widthDots:codePages:)``.
    public init(profile: String) throws {
        executable = try Self.locate()
        scratch = try TempFolder("talon-emupos")
        // Below the ephemeral range: a client socket of a test running beside this one
        // can never be handed the printer's port before emupos binds it.
        ports = Mutex((LocalPorts.stable(), LocalPorts.stable()))
        // Another program on the machine (another test run) may still bind a port between
        // the pick and emupos's bind; emupos then says so and exits, and new ports are picked.
        for attempt in 1... {
            try writeConfig(profile: profile)
            do {
                try start()
                return
            } catch where attempt < 3 && log().contains("already in use") {
                ports.withLock { $0 = (LocalPorts.stable(), LocalPorts.stable()) }
            }
        }
    }

    private func writeConfig(profile: String) throws {
        let receipts = try scratch.folder("receipts")
        let config = """
        schema: 1
        api: { host: 127.0.0.1, port: \(apiPort) }
        devices:
          - id: \(deviceID)
            type: printer
            profile: \(profile)
            connections:
              - tcp: { host: 127.0.0.1, port: \(port) }
            job_idle_timeout_ms: 300
            receipts_dir: \(receipts)

        """
        try config.write(toFile: scratch.file("emupos.yaml"), atomically: true, encoding: .utf8)
    }

    deinit {
        stop()
        scratch.remove()
    }

    /// Starts emupos (again) and waits until its printer port listens.
    public func start() throws {
        let launched = try ChildProcess(executable, ["run", "--config", scratch.file("emupos.yaml")],
                                        log: scratch.file("emupos.log"))
        process.withLock { $0 = launched }
        do {
            try blockUntil("emupos API on port \(apiPort) and printer on port \(port)", timeout: .seconds(20)) { () throws(FixtureFailure) in
                guard launched.isRunning else { throw FixtureFailure(description: "emupos exited before it listened") }
                return LocalPorts.isListening(apiPort) && LocalPorts.isListening(port)
            }
        } catch {
            throw FixtureFailure(description: "\(error); emupos log: \(log())")
        }
    }

    /// Kills emupos: the printer is gone from the network.
    public func stop() {
        let running = process.withLock { process -> ChildProcess? in
            defer { process = nil }
            return process
        }
        guard let running else { return }
        running.kill()
    }

    /// Sets or clears a fault (`paper-out`, `paper-near-end`, `offline`, `cover-open`).
    public func fault(_ fault: String, active: Bool) throws {
        try ChildProcess.run(executable, ["--api", "http://127.0.0.1:\(apiPort)", "fault",
                                         active ? "set" : "clear", deviceID, fault])
    }

    /// The decoded receipts so far, oldest first.
    public func receipts() -> [String] {
        receiptFiles(".txt").compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    }

    /// The paths of emupos's pictures of the receipts so far (PNG, one dot a pixel),
    /// oldest first.
    public func receiptImages() -> [String] {
        receiptFiles(".png")
    }

    private func receiptFiles(_ suffix: String) -> [String] {
        let folder = scratch.file("receipts")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(suffix) }.sorted()
        return names.map { "\(folder)/\($0)" }
    }

    /// Waits until at least `count` receipts are decoded (without holding a thread: the
    /// print path it waits for needs them).
    @discardableResult
    public func waitForReceipts(_ count: Int, timeout: Duration = .seconds(15)) async throws -> [String] {
        try await waitUntil("\(count) receipt(s) from emupos", timeout: timeout) { self.receipts().count >= count }
        return receipts()
    }

    public func log() -> String {
        (try? String(contentsOfFile: scratch.file("emupos.log"), encoding: .utf8)) ?? ""
    }

    /// Writes an emupos printer profile for a Talon profile whose code-page numbers
    /// emupos's built-in profiles lack (Rongta's 7 = PC866, a 58 mm clone); the path.
    public func writeProfile(name: String, widthDots: Int, codePages: [Int: String]) throws -> String {
        try Self.writeProfile(in: scratch, name: name, widthDots: widthDots, codePages: codePages)
    }

    /// As ``writeProfile(name:widthDots:codePages:)``, before an emupos exists.
    public static func writeProfile(in folder: TempFolder, name: String, widthDots: Int,
                                    codePages: [Int: String]) throws -> String {
        let pages = codePages.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }.joined(separator: "\n")
        let text = """
        type: printer
        name: \(name)
        dpi: 203
        width_dots: \(widthDots)
        font_a: { width: 12, height: 24 }
        font_b: { width: 9, height: 17 }
        code_pages:
          0: PC437
        \(pages)
        default_code_page: 0
        drawer_sensor_open_level: high
        serial: { baud: 9600, data_bits: 8, parity: none, stop_bits: 1 }

        """
        let path = folder.file("\(name).yaml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
