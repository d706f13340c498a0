import Hummingbird
import TalonCore
import TalonKiosk

/// Who may watch and touch a kiosk's screen: that kiosk itself, by its device token, and
/// the hall's staff (an account that may read, or issue for a tap). A display's token
/// and another kiosk's token are refused, so a leaked display address cannot drive a
/// kiosk.
extension WebHall {
    /// The running kiosk host, once `context` may do `permission` on kiosk `id`: 401
    /// without credentials, 404 for a kiosk this server does not run, 403 for anyone but
    /// the kiosk and the staff.
    @discardableResult
    func kioskAccess(_ id: DeviceID, _ permission: Permission,
                     _ context: TalonRequestContext) async throws -> KioskHost {
        guard let principal = context.principal else { throw Problem.unauthenticated }
        guard let host = kiosks, await host.frame(kiosk: id) != nil else {
            throw Problem.notFound("kiosk «\(id)» is not in the hall configuration; add it under «kiosks:»",
                                   code: "unknown_kiosk")
        }
        switch principal {
        case .kiosk(let k) where k.id == id:
            return host
        case .kiosk(let k):
            throw Problem.forbidden("the token of kiosk «\(k.id)» opens only its own screen, not «\(id)»")
        case .display(let d):
            throw Problem.forbidden("display «\(d.id)» may not open a kiosk screen; use the kiosk's own token")
        case .account:
            try context.require(permission)
            return host
        }
    }
}
