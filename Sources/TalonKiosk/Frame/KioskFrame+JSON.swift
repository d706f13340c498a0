import TalonCore

/// The frame as the kiosk page reads it:
/// `{"kiosk","version","screen","language","width","height","elements":[{"kind":"button",…}]}`.
/// Buttons carry their id, rectangle, title, detail and style — never their action: the
/// page only reports where it was touched.
extension KioskFrame: Encodable {
    enum Keys: String, CodingKey { case kiosk, version, screen, language, width, height, elements }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kiosk, forKey: .kiosk)
        try c.encode(version, forKey: .version)
        try c.encode(screen, forKey: .screen)
        try c.encode(language, forKey: .language)
        try c.encode(width, forKey: .width)
        try c.encode(height, forKey: .height)
        try c.encode(elements, forKey: .elements)
    }
}

extension KioskElement: Encodable {
    enum Keys: String, CodingKey {
        case kind, id, x, y, w, h, title, detail, style, text, size, weight, tone, centered, url, svg
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let r = rect
        try c.encode(r.x, forKey: .x)
        try c.encode(r.y, forKey: .y)
        try c.encode(r.width, forKey: .w)
        try c.encode(r.height, forKey: .h)
        switch self {
        case .button(let b):
            try c.encode("button", forKey: .kind)
            try c.encode(b.id, forKey: .id)
            try c.encode(b.title, forKey: .title)
            try c.encodeIfPresent(b.detail, forKey: .detail)
            try c.encode(b.style, forKey: .style)
        case .label(let l):
            try c.encode("label", forKey: .kind)
            try c.encode(l.text, forKey: .text)
            try c.encode(l.size, forKey: .size)
            try c.encode(l.weight, forKey: .weight)
            try c.encode(l.tone, forKey: .tone)
            try c.encode(l.centered, forKey: .centered)
        case .number(let text, _):
            try c.encode("number", forKey: .kind)
            try c.encode(text, forKey: .text)
        case .qr(let url, let svg, _):
            try c.encode("qr", forKey: .kind)
            try c.encode(url, forKey: .url)
            try c.encode(svg, forKey: .svg)
        }
    }
}
