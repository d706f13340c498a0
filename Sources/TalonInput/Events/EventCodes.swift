// The few evdev constants the decoders name (values from <linux/input-event-codes.h>).
// Kept in Swift so the decoders need no C.

/// Event types.
public enum EV {
    public static let syn: UInt16 = 0x00
    public static let key: UInt16 = 0x01
    public static let rel: UInt16 = 0x02
    public static let abs: UInt16 = 0x03
    public static let msc: UInt16 = 0x04
    public static let sw: UInt16 = 0x05
    public static let led: UInt16 = 0x11
    public static let rep: UInt16 = 0x14
    /// Highest type number.
    public static let max: UInt16 = 0x1f
}

/// EV_SYN codes.
public enum SYN {
    public static let report: UInt16 = 0
    public static let config: UInt16 = 1
    public static let mtReport: UInt16 = 2
    public static let dropped: UInt16 = 3
}

/// EV_ABS codes.
public enum ABS {
    public static let x: UInt16 = 0x00
    public static let y: UInt16 = 0x01
    public static let z: UInt16 = 0x02
    public static let rx: UInt16 = 0x03
    public static let ry: UInt16 = 0x04
    public static let mtSlot: UInt16 = 0x2f
    public static let mtPositionX: UInt16 = 0x35
    public static let mtPositionY: UInt16 = 0x36
    public static let mtTrackingID: UInt16 = 0x39
    public static let max: UInt16 = 0x3f
}

/// EV_KEY codes the decoders treat specially.
public enum KEY {
    public static let tab: UInt16 = 15
    public static let enter: UInt16 = 28
    public static let leftShift: UInt16 = 42
    public static let rightShift: UInt16 = 54
    public static let capsLock: UInt16 = 58
    public static let keypadEnter: UInt16 = 96
    public static let btn0: UInt16 = 0x100
    public static let btnTouch: UInt16 = 0x14a
    public static let max: UInt16 = 0x2ff
}

/// Input properties.
public enum INPUT_PROP {
    public static let direct: UInt16 = 0x01
}
