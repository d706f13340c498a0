import Foundation
import TalonCore

/// The `center:` section: name, time zone, business day, opening hours, holidays.
enum CenterSection {
    static let keys = ["id", "name", "time_zone", "business_day_start", "hours", "holidays", "public_url"]

    static func parse(_ node: ConfigNode) -> CenterConfig? {
        guard let map = node.map(allowedKeys: keys) else { return nil }
        let errorsBefore = node.diagnostics.count
        let id = map.identifier()
        let name = map.localizedText()
        let timeZone = map.required("time_zone").flatMap(timeZone(at:))
        let startNode = map.optional("business_day_start")
        let start = startNode.map { $0.int(in: 0...23) } ?? 4
        let hours = map.required("hours").flatMap(OpeningHoursField.parse)
        let holidays = map.optional("holidays").flatMap(HolidaysField.parse) ?? []
        let url = map.optional("public_url").flatMap(publicURL(at:))
        if let start, let hours, let startNode {
            checkBusinessDayStart(start, against: hours, at: startNode)
        }
        guard node.diagnostics.count == errorsBefore, let id, let name, let timeZone, let start, let hours
        else { return nil }
        return CenterConfig(id: id, name: name, timeZone: timeZone, businessDayStartHour: start,
                            hours: hours, holidays: holidays, publicURL: url)
    }

    /// An IANA time zone name that Foundation knows.
    static func timeZone(at node: ConfigNode) -> String? {
        guard let name = node.string() else { return nil }
        // Only names shaped like IANA ones reach Foundation, which looks them up as files.
        let shaped = (1...64).contains(name.count) && name.first != "/" && !name.contains("..")
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic
                || ("0"..."9").contains($0) || "/_+-".unicodeScalars.contains($0)) }
        if shaped, TimeZone(identifier: name) != nil { return name }
        var message = "\(node.found) is not a known IANA time zone"
        if let guess = Suggestion.closest(to: name, among: TimeZone.knownTimeZoneIdentifiers) {
            message += "; did you mean «\(guess)»?"
        } else {
            message += " (such as «Europe/Moscow» or «Asia/Yekaterinburg»)"
        }
        node.report(.invalidValue, message)
        return nil
    }

    /// The base URL of the ticket status pages: http or https, with a host.
    static func publicURL(at node: ConfigNode) -> String? {
        guard let text = node.string() else { return nil }
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
              url.host?.isEmpty == false else {
            node.report(.invalidValue, "\(node.found) is not a web address such as «https://mfc.example» (where visitors' phones reach talon serve)")
            return nil
        }
        return text
    }

    /// Numbers restart at the business day start; doing so while the hall is open would
    /// give two visitors the same number in one evening.
    static func checkBusinessDayStart(_ hour: Int, against hours: [Weekday: OpeningHours], at node: ConfigNode) {
        let minute = hour * 60
        let clash = Weekday.allCases.filter { day in
            hours[day].map { $0.opensAt < minute && minute < $0.closesAt } ?? false
        }
        guard let first = clash.first, let open = hours[first] else { return }
        node.report(.invalidValue, "a business day starting at \(hour):00 falls inside the opening hours "
                    + "\(open) (\(clash.map(\.rawValue).joined(separator: ", "))); "
                    + "choose an hour when the center is closed, such as 4")
    }
}
