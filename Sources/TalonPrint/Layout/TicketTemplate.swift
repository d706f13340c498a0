public import TalonCore

/// How a center's tickets look: what is printed besides the facts of the ticket.
///
/// One template per center. Every text is given in both languages; the ticket's
/// language picks one.
public struct TicketTemplate: Sendable, Hashable {
    /// Printed above the center's name (a department, «Мои документы»); `nil`: nothing.
    public var header: LocalizedText?
    /// Printed under the center's name (an address line); `nil`: nothing.
    public var subheader: LocalizedText?
    /// Printed above the number.
    public var numberCaption: LocalizedText
    /// Printed at the bottom.
    public var footer: LocalizedText
    /// Print visitors ahead and the expected wait when the estimate is known.
    public var showsWait: Bool
    /// Print the status-page QR code when the ticket has a status URL.
    public var showsQR: Bool
    /// Printed under the QR code.
    public var qrCaption: LocalizedText

    public init(header: LocalizedText? = nil, subheader: LocalizedText? = nil,
                numberCaption: LocalizedText = LocalizedText(ru: "Ваш номер", en: "Your number"),
                footer: LocalizedText = LocalizedText(ru: "Следите за вызовом на табло",
                                                      en: "Watch the display for your number"),
                showsWait: Bool = true, showsQR: Bool = true,
                qrCaption: LocalizedText = LocalizedText(ru: "Статус талона — по QR-коду",
                                                         en: "Scan for your ticket's status")) {
        self.header = header
        self.subheader = subheader
        self.numberCaption = numberCaption
        self.footer = footer
        self.showsWait = showsWait
        self.showsQR = showsQR
        self.qrCaption = qrCaption
    }

    /// The template a center gets when it configures none.
    public static let standard = TicketTemplate()
}
