import TalonCore

/// The screens where a visitor chooses: home, a group of services, a priority category.
extension KioskLayout {
    func home(_ page: inout Page, world: KioskWorld) {
        page.title(page.text(KioskStrings.chooseService))
        let items = choices(under: nil, page: page, world: world) + [
            KioskButton(id: "check-in", rect: .zero, title: page.text(KioskStrings.checkIn),
                        detail: page.text(KioskStrings.checkInDetail), style: .accent, action: .openCheckIn),
            KioskButton(id: "readiness", rect: .zero, title: page.text(KioskStrings.readiness),
                        detail: page.text(KioskStrings.readinessDetail), style: .accent, action: .openReadiness),
        ]
        page.place(items, in: page.content)
    }

    func group(_ page: inout Page, _ id: GroupID, world: KioskWorld) {
        let group = hall.groups.first { $0.id == id }
        page.title(group?.name.text(page.language) ?? page.text(KioskStrings.chooseService))
        page.navigation()
        page.place(choices(under: id, page: page, world: world), in: page.content)
    }

    func category(_ page: inout Page, _ id: ServiceID, world: KioskWorld) {
        guard let service = hall.service(id) else { return home(&page, world: world) }
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
        page.place(items, in: page.content)
    }

    /// The groups and services under `parent` (`nil`: the top of the tree), each service
    /// with the number of visitors waiting for it.
    private func choices(under parent: GroupID?, page: Page, world: KioskWorld) -> [KioskButton] {
        let waiting = world.state.waiting.counts
        let groups = hall.groups.filter { $0.parent == parent }.map { g in
            KioskButton(id: "group.\(g.id)", rect: .zero, title: g.name.text(page.language), action: .openGroup(g.id))
        }
        let services = hall.services.filter { $0.group == parent }.map { s in
            KioskButton(id: "service.\(s.id)", rect: .zero, title: s.name.text(page.language),
                        detail: KioskStrings.waiting(waiting[s.id] ?? 0).text(page.language), action: .chooseService(s.id))
        }
        return groups + services
    }
}

extension KioskRect {
    /// For a button before ``Page/place(_:in:columns:)`` gives it its cell.
    static let zero = KioskRect(x: 0, y: 0, width: 0, height: 0)
}
