import TalonCore

extension TicketTemplate {
    /// Lays out `content` by this template.
    public func layout(_ content: TicketContent) -> TicketDocument {
        let language = content.language
        var blocks: [TicketBlock] = []
        if let header { blocks.append(.text(header.text(language), .centered)) }
        blocks.append(.text(content.centerName, .heading))
        if let subheader { blocks.append(.text(subheader.text(language), .centered)) }
        blocks.append(.rule)
        blocks.append(.text(numberCaption.text(language), .centered))
        blocks.append(.number(content.label))
        blocks.append(.text(content.serviceName, .emphasis))
        blocks.append(.rule)
        blocks.append(.text(TicketWording.issued(content.issuedAt, in: content.timeZone, language), .body))
        if showsWait {
            if let ahead = content.ahead {
                blocks.append(.text(TicketWording.ahead(ahead, language), .body))
            }
            if let minutes = content.waitMinutes, content.ahead != 0 {
                blocks.append(.text(TicketWording.wait(minutes: minutes, language), .body))
            }
        }
        if showsQR, let url = content.statusURL {
            blocks.append(.feed(1))
            blocks.append(.qr(url))
            blocks.append(.text(qrCaption.text(language), .centered))
        }
        blocks.append(.rule)
        blocks.append(.text(footer.text(language), .heading))
        return TicketDocument(blocks: blocks, label: content.label)
    }
}
