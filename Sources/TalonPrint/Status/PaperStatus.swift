/// What an ESC/POS printer says about itself when asked with DLE EOT.
public struct PrinterSelfStatus: Sendable, Hashable {
    /// Paper roll sensor (DLE EOT 4).
    public enum Paper: Sendable, Hashable {
        case ok, nearEnd, out
    }

    public var paper: Paper
    /// DLE EOT 1 bit 3: the printer is offline (cover open, paper out, error).
    public var offline: Bool
    /// DLE EOT 2 bit 2: the cover is open.
    public var coverOpen: Bool

    public init(paper: Paper, offline: Bool = false, coverOpen: Bool = false) {
        self.paper = paper
        self.offline = offline
        self.coverOpen = coverOpen
    }

    /// Decodes the replies to DLE EOT 1, 2 and 4 (Epson ESC/POS reference, "DLE EOT").
    public init(printer: UInt8, offlineCause: UInt8, paperSensor: UInt8) {
        let paper: Paper
        if paperSensor & 0x60 == 0x60 {
            paper = .out
        } else if paperSensor & 0x0C == 0x0C {
            paper = .nearEnd
        } else {
            paper = .ok
        }
        self.init(paper: paper, offline: printer & 0x08 != 0, coverOpen: offlineCause & 0x04 != 0)
    }
}
