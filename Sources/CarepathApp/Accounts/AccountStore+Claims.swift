import Fluent
import Foundation
import SQLKit

/// One-time things claimed with a single conditional UPDATE, so that when two requests race only
/// one of them wins: a TOTP step, a recovery code, an emailed link.
extension AccountStore {
    /// Records that `step` was used and clears the failure count, unless this or a later step
    /// already was.
    func claimTOTPStep(_ step: UInt64, userID: UUID) async throws -> Bool {
        try await !database.sql.raw(
            """
            UPDATE users SET totp_last_step = \(bind: Int64(step)), failed_sign_ins = 0, locked_until = NULL
            WHERE id = \(bind: userID) AND (totp_last_step IS NULL OR totp_last_step < \(bind: Int64(step)))
            RETURNING id
            """
        ).all().isEmpty
    }

    /// Marks the recovery code used, unless it already was.
    func claimRecoveryCode(_ id: UUID, at now: Date) async throws -> Bool {
        try await !database.sql.raw(
            "UPDATE recovery_codes SET used_at = \(bind: now) WHERE id = \(bind: id) AND used_at IS NULL RETURNING id"
        ).all().isEmpty
    }

    /// Marks the emailed link used, unless it already was.
    func claimLink(_ id: UUID, at now: Date) async throws -> Bool {
        try await !database.sql.raw(
            "UPDATE account_links SET used_at = \(bind: now) WHERE id = \(bind: id) AND used_at IS NULL RETURNING id"
        ).all().isEmpty
    }

    /// Adds one to the person's failure count in the database itself, so concurrent failures all
    /// count, and returns the new count.
    func countFailure(userID: UUID, at now: Date) async throws -> Int {
        try await database.sql.raw(
            """
            UPDATE users SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = \(bind: now)
            WHERE id = \(bind: userID)
            """
        ).run()
        let row = try await database.sql.raw("SELECT failed_sign_ins FROM users WHERE id = \(bind: userID)").first()
        return try row?.decode(column: "failed_sign_ins", as: Int.self) ?? 0
    }
}
