import Fluent
import Foundation
import Identity
import Vapor

/// Checks a second factor: a code from the authenticator app, used at most once, or an unused
/// recovery code.
struct TwoFactorCheck {
    var request: Request

    func accept(_ code: String, for user: UserEntity) async throws -> Bool {
        guard let sealed = user.sealedTOTPSecret else { return false }
        let secret = try SecretBox(masterKey: request.application.carepathConfig.masterKey, purpose: "totp").open(
            sealed)
        let lastStep = user.totpLastStep.map { UInt64(max(0, $0)) }
        if let step = TOTP(secret: secret).verify(code, at: request.application.now, lastUsedStep: lastStep) {
            user.totpLastStep = Int64(step)
            user.failedSignIns = 0
            try await user.save(on: request.db)
            return true
        }
        let hash = RecoveryCodes.hash(code)
        let userID = try user.requireID()
        guard
            let recovery = try await RecoveryCodeEntity.query(on: request.db).filter(\.$userID == userID)
                .filter(\.$codeHash == hash).filter(\.$usedAt == nil).first()
        else { return false }
        recovery.usedAt = request.application.now
        user.failedSignIns = 0
        try await request.db.transaction { transaction in
            try await recovery.save(on: transaction)
            try await user.save(on: transaction)
            try await request.audit(
                .init(action: .recoveryCodeUsed, subjectKind: "user", subjectID: userID.uuidString), on: transaction,
                actor: (userID, user.email))
        }
        return true
    }
}
