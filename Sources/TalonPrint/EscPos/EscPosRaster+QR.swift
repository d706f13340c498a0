import TalonQR

extension EscPosRaster {
    /// The fewest dots a raster QR module is shrunk to when the symbol is too wide:
    /// one-dot modules (0.125 mm at 203 dpi) blur on a thermal head and rarely scan.
    public static let minimumQRModuleDots = 2
    /// Light modules around the symbol, as readers need (ISO/IEC 18004).
    public static let qrQuietZone = 4

    /// The QR code of `content` drawn for `profile`, for a printer without `GS ( k`.
    ///
    /// The symbol is encoded at error level M, as the printers' own QR is. Each module is
    /// `profile.qrModuleSize` dots square, or fewer when the symbol with its quiet zone of
    /// ``qrQuietZone`` modules would be wider than `profile.dotsPerLine`, but never fewer
    /// than ``minimumQRModuleDots`` (or the profile's own size if that is smaller). White
    /// to the left of the quiet zone centres the symbol on the line whatever justification
    /// the printer applies to images; the picture ends with the quiet zone on the right.
    ///
    /// - Throws: ``RasterQRError`` (``RasterQRError/Code/tooLong``) when `content` does
    ///   not fit in a QR code, and (``RasterQRError/Code/tooWide``) when the symbol does
    ///   not fit the line even at the smallest module size.
    public static func qr(_ content: String, for profile: PrinterProfile) throws(RasterQRError) -> EscPosRaster {
        let code: QRCode
        do {
            code = try QRCode.encode(content, correction: .medium)
        } catch {
            throw .tooLong(error.message)
        }
        let side = code.size + 2 * qrQuietZone
        let smallest = min(minimumQRModuleDots, profile.qrModuleSize)
        let module = min(profile.qrModuleSize, profile.dotsPerLine / side)
        guard module >= smallest else {
            throw .tooWide(modules: side, moduleDots: smallest, dotsPerLine: profile.dotsPerLine)
        }
        let margin = (profile.dotsPerLine - side * module) / 2
        return EscPosRaster(width: margin + side * module, height: side * module) { x, y in
            x >= margin && code[(x - margin) / module - qrQuietZone, y / module - qrQuietZone]
        }
    }
}
