import TalonCore

/// `displays:` — the wall displays, each served at `/display/<id>`:
///
/// ```yaml
/// - {id: hall-board, kind: board, orientation: landscape, token: "…"}
/// - {id: window-11, kind: window, window: w11, token: "…"}
/// ```
///
/// A display's token lets it read the hall and nothing else.
enum DisplaysSection {
    static let keys = ["id", "kind", "window", "orientation", "token"]

    static func parse(_ node: ConfigNode?, references: HallReferences,
                      tokens: inout DeviceTokenCheck) -> [DisplayConfig] {
        ListSection.items(of: node, keys: keys) { map, id in
            let kind = map.required("kind").flatMap { $0.choice(DisplayKind.self, what: "display kind") }
            let orientation = map.optional("orientation")
                .flatMap { $0.choice(DisplayOrientation.self, what: "orientation") } ?? .landscape
            var window: WindowID?
            if let windowNode = map.optional("window") {
                window = references.window(at: windowNode)
            } else if kind == .window {
                map.report(.missingKey, "a window display needs «window»: the id of the window it hangs above")
            }
            let token = map.required("token").flatMap { tokens.token(at: $0, owner: id ?? "?") }
            guard let id, let kind, let token else { return nil }
            return DisplayConfig(id: DeviceID(id), kind: kind, window: window, orientation: orientation, token: token)
        }
    }
}

/// Device tokens: too long to guess, and never shared by two devices — displays and
/// kiosks alike, since one token names one device (`CredentialDirectory` in TalonWeb).
struct DeviceTokenCheck {
    private var used = UniqueCheck<String, String>()

    mutating func token(at node: ConfigNode, owner: String) -> String? {
        guard let text = node.nonEmptyString() else { return nil }
        guard text.count >= 16, text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 }) else {
            node.report(.invalidValue, "a device token must be at least 16 printable ASCII characters "
                        + "without spaces; make one with `openssl rand -hex 24`")
            return nil
        }
        guard used.claim(text, by: owner, at: node, message: { "this token is already the token of «\($0)»; give each device its own" }) else {
            return nil
        }
        return text
    }
}

extension ConfigNode {
    /// This value as one of the raw values of `T`, or `nil` after an error naming them.
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, what: String) -> T? where T.RawValue == String {
        guard let text = string() else { return nil }
        if let value = T(rawValue: text) { return value }
        report(.invalidValue, "\(found) is not a \(what); write one of "
               + T.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", "))
        return nil
    }
}
