public import TalonCore

/// Small halls built in code, for tests that need exact control.
public enum HallFixtures {
    /// Three services, four windows, two categories; open 08:00–20:00 every day.
    ///
    /// - w1 (окно 1): passport (1), consult (2)
    /// - w2 (окно 2): passport (1)
    /// - w3 (окно 3): benefits (1), consult (1)
    /// - w4 (окно 4): consult (1)
    public static func small(zone: String = "Europe/Moscow", startHour: Int = 4,
                             policy: PolicyConfig = PolicyConfig(kioskTicketsPerMinute: nil),
                             hours: OpeningHours = OpeningHours(opensAt: 8 * 60, closesAt: 20 * 60)) -> HallConfig {
        var all: [Weekday: OpeningHours] = [:]
        for d in Weekday.allCases { all[d] = hours }
        return HallConfig(
            center: CenterConfig(id: "test", name: LocalizedText(ru: "МФЦ Тест", en: "Test Center"),
                                 timeZone: zone, businessDayStartHour: startHour, hours: all),
            services: [
                ServiceConfig(id: "passport", name: LocalizedText(ru: "Паспорт РФ", en: "Passport"),
                              prefix: "П", handlingSeconds: 600, dailyLimit: 500,
                              categories: ["disabled", "veteran"]),
                ServiceConfig(id: "benefits", name: LocalizedText(ru: "Социальные выплаты", en: "Benefits"),
                              prefix: "С", handlingSeconds: 900, categories: ["disabled"]),
                ServiceConfig(id: "consult", name: LocalizedText(ru: "Консультация", en: "Consultation"),
                              prefix: "К", handlingSeconds: 300),
            ],
            windows: [
                WindowConfig(id: "w1", number: 1, services: [WindowService(service: "passport", priority: 1),
                                                             WindowService(service: "consult", priority: 2)]),
                WindowConfig(id: "w2", number: 2, services: [WindowService(service: "passport")]),
                WindowConfig(id: "w3", number: 3, services: [WindowService(service: "benefits"),
                                                             WindowService(service: "consult")]),
                WindowConfig(id: "w4", number: 4, services: [WindowService(service: "consult")]),
            ],
            categories: [
                PriorityCategory(id: "disabled", name: LocalizedText(ru: "Инвалиды I и II группы", en: "Disabled"),
                                 advanceSeconds: 20 * 60),
                PriorityCategory(id: "veteran", name: LocalizedText(ru: "Ветераны", en: "Veterans"),
                                 advanceSeconds: 10 * 60),
            ],
            policy: policy)
    }
}
