public import TalonCore

/// The device status reports input sends the engine, with messages staff can act on.
public enum InputStatus {
    public static func missing(_ id: DeviceID, path: String?) -> DeviceStatus {
        DeviceStatus(device: id, kind: .input, condition: .missing,
                     message: "Устройство ввода «\(id)» не найдено" + (path.map { " (было \($0))" } ?? "")
                     + ": проверьте кабель и питание; оно подключится само, когда появится")
    }

    public static func attached(_ id: DeviceID, path: String) -> DeviceStatus {
        DeviceStatus(device: id, kind: .input, condition: .ok,
                     message: "Устройство ввода «\(id)» подключено (\(path))")
    }

    public static func noPermission(_ id: DeviceID, path: String) -> DeviceStatus {
        DeviceStatus(device: id, kind: .input, condition: .noPermission,
                     message: "Нет доступа к \(path) для «\(id)»: установите правило hardware/udev/70-talon-input.rules "
                     + "(udevadm control --reload && udevadm trigger) и добавьте пользователя службы в группу talon")
    }

    public static func grabFailed(_ id: DeviceID, error: InputError) -> DeviceStatus {
        DeviceStatus(device: id, kind: .input, condition: .error,
                     message: "«\(id)»: не удалось захватить устройство (EVIOCGRAB): другая программа читает его; \(error.message)")
    }
}
