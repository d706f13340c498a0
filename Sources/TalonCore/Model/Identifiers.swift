/// A string identifier with a type of its own, so a window id is never passed where a
/// service id is expected. Encoded as a bare JSON string.
public protocol StringIdentifier: Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    var rawValue: String { get }
    init(_ rawValue: String)
}

extension StringIdentifier {
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A service offered in the hall («Паспорт РФ», «Консультация»…).
public struct ServiceID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A window (counter) where a consultant serves visitors.
public struct WindowID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A ticket, unique over the life of the hall: business day, service and daily sequence.
public struct TicketID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A priority category (disabled visitors, veterans, pregnant women…).
public struct CategoryID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A node of the service tree that the kiosk shows as a button group.
public struct GroupID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The id a command carries so that a retry returns its first answer
/// (a client request id, an `Idempotency-Key`, or a device id plus event time).
public struct CommandID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A booking code of a pre-booked appointment.
public struct AppointmentCode: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The number of an application for a public service («заявление»), by which a
/// visitor asks whether its documents are ready. Shown on screens; it is not personal.
public struct ApplicationNumber: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A consultant's login.
public struct ConsultantID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A device known to the hall: a kiosk, a printer, an input device.
public struct DeviceID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
