import TalonKiosk

/// `POST /api/v1/kiosks/{id}/tap`: where the screen was touched, in the frame's pixels.
///
/// The page sends the point, never a button: the server's hit test against the frame
/// on screen decides, exactly as for the evdev touchscreen.
struct KioskTapRequest: Decodable {
    var x: Double
    var y: Double
    /// The frame the page was showing; a touch on a frame already replaced hits nothing.
    var version: Int?
}

/// What a tap hit: `{"button": "group.social", "version": 3}`, or `"button": null` for
/// a touch between buttons.
struct KioskTapView: Encodable {
    var button: String?
    var version: Int

    init(_ outcome: KioskTapOutcome) {
        button = outcome.button
        version = outcome.version
    }

    enum Keys: String, CodingKey { case button, version }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        // `null`, not a missing key: the page reads «hit nothing» from it.
        try c.encode(button, forKey: .button)
        try c.encode(version, forKey: .version)
    }
}
