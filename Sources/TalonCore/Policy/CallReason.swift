public import Foundation

/// Why a ticket was called: the console shows it, the journal keeps it.
public struct CallReason: Sendable, Codable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The earliest due ticket among the window's first non-empty priority tier.
        case earliestDue = "earliest_due"
        /// Waited past the maximum wait: the fairness guard took it first.
        case fairnessGuard = "fairness_guard"
        /// Transferred to this very window.
        case transferredHere = "transferred_here"
        /// Called out of order by the consultant.
        case specific
    }

    public var kind: Kind
    /// The priority tier of the ticket's service at the window.
    public var tier: Int
    /// The due time that ordered it: issue time, moved earlier for a category, or a slot.
    public var dueAt: Date
    public var category: CategoryID?
    public var appointment: Bool
    /// The consultant's reason for a specific call.
    public var note: String?

    public init(kind: Kind, tier: Int, dueAt: Date, category: CategoryID? = nil,
                appointment: Bool = false, note: String? = nil) {
        self.kind = kind
        self.tier = tier
        self.dueAt = dueAt
        self.category = category
        self.appointment = appointment
        self.note = note
    }

    /// A one-line explanation in Russian for the console.
    public var description: String {
        switch kind {
        case .fairnessGuard: "ожидание превысило предел — вызван первым (защита очереди)"
        case .transferredHere: "переведён в это окно"
        case .specific: "вызван вне очереди: \(note ?? "")"
        case .earliestDue:
            if appointment { "по записи — время записи наступило, приоритет \(tier)" }
            else if let category { "льготная категория «\(category)», приоритет услуги \(tier)" }
            else { "раньше всех в очереди, приоритет услуги \(tier)" }
        }
    }
}
