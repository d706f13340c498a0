/// The ESC/POS commands a ticket uses, as bytes (Epson ESC/POS command reference).
enum EscPos {
    static let initialize: [UInt8] = [0x1B, 0x40]
    static let lineFeed: [UInt8] = [0x0A]

    static func codePage(_ n: UInt8) -> [UInt8] { [0x1B, 0x74, n] }

    static func align(_ alignment: TextStyle.Alignment) -> [UInt8] {
        [0x1B, 0x61, alignment == .center ? 1 : 0]
    }

    static func bold(_ on: Bool) -> [UInt8] { [0x1B, 0x45, on ? 1 : 0] }

    /// `GS ! n`: width and height magnification, each 1…8.
    static func characterSize(width: Int, height: Int) -> [UInt8] {
        let w = UInt8(min(max(width, 1), 8) - 1), h = UInt8(min(max(height, 1), 8) - 1)
        return [0x1D, 0x21, w << 4 | h]
    }

    static func feed(lines n: Int) -> [UInt8] { [0x1B, 0x64, UInt8(min(max(n, 0), 255))] }

    /// `GS ( k` model 2 QR: select model, module size, error level M, store, print.
    static func qr(_ data: [UInt8], moduleSize: Int) -> [UInt8] {
        let stored = data.count + 3
        var bytes: [UInt8] = []
        bytes += [0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00]
        bytes += [0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, UInt8(min(max(moduleSize, 1), 16))]
        bytes += [0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31]
        bytes += [0x1D, 0x28, 0x6B, UInt8(stored & 0xFF), UInt8(stored >> 8), 0x31, 0x50, 0x30]
        bytes += data
        bytes += [0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30]
        return bytes
    }

    /// DLE EOT n: real-time status request (1 printer, 2 offline cause, 4 paper sensor).
    static func statusRequest(_ n: UInt8) -> [UInt8] { [0x10, 0x04, n] }
}
