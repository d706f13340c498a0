import TalonCore

/// The screens where a visitor chooses: home, a group of services, a priority category.
extension KioskLayout {
    func home(_ page: inout Page, world: KioskWorld) {
        page.title(page.text(KioskStrings.chooseService))
        var items: [KioskButton] = []
        for g in hall.groups where g.parent == nil {
            items.append(KioskButton(id: "group.\(g.id)", rect: .zero, title: g.name.text(page.language),
                                     action: .openGroup(g.id)))
        }
        for s in hall.services where s.group == nil {
            items.append(serviceButton(s, page: page, world: world))
        }
        items.append(KioskButton(id: "check-in", rect: .zero, title: page.text(KioskStrings.checkIn),
                                 detail: page.text(KioskStrings.checkInDetail), style: .accent, action: .openCheckIn))
        items.append(KioskButton(id: "readiness", rect: .zero, title: page.text(KioskStrings.readiness),
                                 detail: page.text(KioskStrings.readinessDetail), style: .accent, action: .openReadiness))
        place(items, on: &page)
    }

    func group(_ page: inout Page, _ id: GroupID, world: KioskWorld) {
        let group = hall.groups.first { $0.id == id }
        page.title(group?.name.text(page.language) ?? page.text(KioskStrings.chooseService))
        page.navigation()
        var items: [KioskButton] = []
        for g in hall.groups where g.parent == id {
            items.append(KioskButton(id: "group.\(g.id)", rect: .zero, title: g.name.text(page.language),
                                     action: .openGroup(g.id)))
        }
        for s in hall.services where s.group == id {
            items.append(serviceButton(s, page: page, world: world))
        }
        place(items, on: &page)
    }

    func category(_ page: inout Page, _ id: ServiceID) {
        guard let service = hall.service(id) else { return home(&page, world: KioskWorld(state: HallState())) }
        page.title(service.name.text(page.language))
        page.paragraph(page.text(KioskStrings.priorityQuestion), lines: 2)
        page.navigation()
        var items = [KioskButton(id: "category.none", rect: .zero, title: page.text(KioskStrings.regularQueue),
                                 action: .issue(id, nil))]
        for c in service.categories {
            guard let category = hall.category(c) else { continue }
            items.append(KioskButton(id: "category.\(c)", rect: .zero, title: category.name.text(page.language),
                                     style: .secondary, action: .issue(id, c)))
        }
        place(items, on: &page)
    }

    private func serviceButton(_ s: ServiceConfig, page: Page, world: KioskWorld) -> KioskButton {
        let waiting = world.state.waitingTickets.reduce(0) { $0 + ($1.service == s.id ? 1 : 0) }
        return KioskButton(id: "service.\(s.id)", rect: .zero, title: s.name.text(page.language),
                           detail: KioskStrings.waiting(waiting).text(page.language), action: .chooseService(s.id))
    }

    /// Puts `items` into the content area in a grid.
    func place(_ items: [KioskButton], on page: inout Page) {
        let cells = grid.cells(items.count, in: page.content)
        for (item, rect) in zip(items, cells) {
            var b = item
            b.rect = rect
            page.elements.append(.button(b))
        }
    }
}

extension KioskRect {
    static let zero = KioskRect(x: 0, y: 0, width: 0, height: 0)
}
