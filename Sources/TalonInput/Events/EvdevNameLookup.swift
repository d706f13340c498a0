import CEvdev

extension EventNames {
    /// A `KEY_*`, `BTN_*` or `ABS_*` name through libevdev's own table (every name in
    /// <linux/input-event-codes.h>), or nil.
    static func libevdevCode(_ name: String) -> UInt16? {
        let type = name.hasPrefix("ABS_") ? UInt32(EV.abs) : UInt32(EV.key)
        let code = libevdev_event_code_from_name(type, name)
        return code >= 0 ? UInt16(code) : nil
    }
}
