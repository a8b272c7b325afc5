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
        let userID = try user.requireID()
        let store = AccountStore(database: request.db)
        let lastStep = user.totpLastStep.map { UInt64(max(0, $0)) }
        if let step = TOTP(secret: secret).verify(code, at: request.application.now, lastUsedStep: lastStep) {
            return try await store.claimTOTPStep(step, userID: userID)
        }
        let hash = RecoveryCodes.hash(code)
        guard
            let recovery = try await RecoveryCodeEntity.query(on: request.db).filter(\.$userID == userID)
                .filter(\.$codeHash == hash).filter(\.$usedAt == nil).first(),
            let recoveryID = recovery.id
        else { return false }
        return try await request.db.transaction { transaction in
            guard
                try await AccountStore(database: transaction).claimRecoveryCode(recoveryID, at: request.application.now)
            else { return false }
            try await request.audit(
                .init(action: .recoveryCodeUsed, subjectKind: "user", subjectID: userID.uuidString), on: transaction,
                actor: (userID, user.email))
            return true
        }
    }
}
