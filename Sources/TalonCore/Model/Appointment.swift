public import Foundation

/// A pre-booked visit: a booking code for a service at a slot time.
public struct Appointment: Sendable, Codable, Hashable, Identifiable {
    public var code: AppointmentCode
    public var service: ServiceID
    public var slotAt: Date
    /// A priority category the booking carries (a disabled visitor's booking…).
    public var category: CategoryID?
    /// The ticket issued when the visitor checked in.
    public var ticket: TicketID?

    public var id: AppointmentCode { code }

    public init(code: AppointmentCode, service: ServiceID, slotAt: Date,
                category: CategoryID? = nil, ticket: TicketID? = nil) {
        self.code = code
        self.service = service
        self.slotAt = slotAt
        self.category = category
        self.ticket = ticket
    }
}
