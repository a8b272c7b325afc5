import Fluent
import Foundation
import Identity
import Vapor

/// Checks passwords with lockout, and starts, upgrades and ends sessions.
struct SignInService {
    var request: Request
    var lockout = LockoutPolicy()

    enum PasswordOutcome {
        case accepted(UserEntity)
        case rejected
        case locked(until: Date)
    }

    private var now: Date { request.application.now }
    private var database: any Database { request.db }

    /// Checks an email and password. Failures count towards a lockout with back-off; the moment an
    /// account locks, its owner is emailed a link to unlock it.
    func checkPassword(email: String, password: String) async throws -> PasswordOutcome {
        let hasher = request.passwordHasher
        guard let user = try await AccountStore(database: database).user(email: email) else {
            try await hasher.verifyAgainstDecoy(password)
            try await request.audit(
                AuditEntry(action: .signInFailed, subjectKind: "user", subjectID: nil, organisationID: nil),
                actor: nil)
            return .rejected
        }
        let userID = try user.requireID()
        let actor = (id: userID, email: user.email)
        if let until = user.lockedUntil, until > now {
            try await request.audit(
                .init(action: .signInWhileLocked, subjectKind: "user", subjectID: userID.uuidString), actor: actor)
            return .locked(until: until)
        }
        guard try await hasher.verify(password, against: user.passwordHash) else {
            return try await recordFailure(user)
        }
        // The failure count is cleared only once sign-in is complete (``completeSignIn(_:)``), so
        // a known password does not reset the count of wrong security codes.
        return .accepted(user)
    }

    /// Counts a wrong password or security code towards the lockout, emailing an unlock link the
    /// moment the account locks. The count is raised in the database, inside the transaction, so
    /// racing attempts all count.
    func recordFailure(_ user: UserEntity) async throws -> PasswordOutcome {
        let userID = try user.requireID()
        let actor = (id: userID, email: user.email)
        let lockedUntil = try await database.transaction { transaction -> Date? in
            let failures = try await AccountStore(database: transaction).countFailure(userID: userID, at: now)
            let until = lockout.lockedUntil(consecutiveFailures: failures, lastFailure: now)
            try await UserEntity.query(on: transaction).filter(\.$id == userID).set(\.$lockedUntil, to: until).update()
            try await request.audit(
                .init(action: .signInFailed, subjectKind: "user", subjectID: userID.uuidString), on: transaction,
                actor: actor)
            if until != nil {
                try await request.audit(
                    .init(action: .accountLocked, subjectKind: "user", subjectID: userID.uuidString), on: transaction,
                    actor: actor)
            }
            return until
        }
        guard let until = lockedUntil else { return .rejected }
        try await sendUnlockLink(to: user)
        return .locked(until: until)
    }

    /// Clears the failure count and any lock: the person is fully signed in.
    func completeSignIn(_ userID: UUID, on database: (any Database)? = nil) async throws {
        try await UserEntity.query(on: database ?? self.database).filter(\.$id == userID)
            .set(\.$failedSignIns, to: 0).set(\.$lockedUntil, to: nil).update()
    }

    /// A wrong second factor counts like a wrong password.
    func recordFailedSecondFactor(_ user: UserEntity) async throws -> PasswordOutcome {
        try await recordFailure(user)
    }

    /// Starts a new session for `user`, always with a new token, ending any session this browser had
    /// (so a token planted before sign-in is worthless: no session fixation).
    func startSession(for user: UserEntity, secondFactorDone: Bool) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let token = SecretToken.generate(using: &generator)
        let session = UserSessionEntity()
        session.id = UUID()
        session.tokenHash = SecretToken.hash(token)
        session.userID = try user.requireID()
        session.csrfToken = SecretToken.generate(using: &generator)
        session.createdAt = now
        session.lastSeenAt = now
        session.secondFactorAt = secondFactorDone ? now : nil
        try await database.transaction { transaction in
            if let current = request.identity.anyStageUser?.sessionID {
                try await UserSessionEntity.query(on: transaction).filter(\.$id == current).delete()
            }
            try await session.create(on: transaction)
        }
        return token
    }

    /// Marks the session's second factor as given, under a new token (the privilege changed),
    /// clears the failure count and records the sign-in, in one transaction.
    func completeSecondFactor(sessionID: UUID) async throws -> String {
        guard let session = try await UserSessionEntity.find(sessionID, on: database),
            let user = try await UserEntity.find(session.userID, on: database)
        else { throw CarepathError.signInRequired(returnTo: SiteURL.account.path) }
        var generator = SystemRandomNumberGenerator()
        let token = SecretToken.generate(using: &generator)
        session.tokenHash = SecretToken.hash(token)
        session.csrfToken = SecretToken.generate(using: &generator)
        session.secondFactorAt = now
        try await database.transaction { transaction in
            try await session.save(on: transaction)
            try await SignInService(request: request).completeSignIn(session.userID, on: transaction)
            try await request.audit(
                .init(action: .signInSucceeded, subjectKind: "user", subjectID: session.userID.uuidString),
                on: transaction, actor: (session.userID, user.email))
        }
        return token
    }

    func endSession(_ sessionID: UUID) async throws {
        try await UserSessionEntity.query(on: database).filter(\.$id == sessionID).delete()
    }

    /// Ends every session the person has, in every browser.
    func endAllSessions(userID: UUID) async throws {
        try await UserSessionEntity.query(on: database).filter(\.$userID == userID).delete()
    }

    /// Sets the session cookie on `response`.
    func setCookie(_ token: String, on response: Response) {
        response.cookies[SessionCookies.session] = SessionCookies.cookie(
            token, secure: request.application.carepathConfig.usesSecureCookies)
    }

    private func sendUnlockLink(to user: UserEntity) async throws {
        let token = try await AccountLinks.create(
            kind: .unlock, email: user.email, userID: user.id, createdBy: nil, lifetime: 60 * 60, now: now,
            on: database)
        let link = request.application.carepathConfig.linkBase + SiteURL.unlock(token: token).path
        try await request.application.mailer.send(
            EmailMessage(
                to: user.email, subject: "Your Carepath account is locked",
                body: """
                    Someone, perhaps you, entered the wrong password for your Carepath account too many times, \
                    so it is locked for a while.

                    If this was you, unlock it now with this link (it works for one hour, once):
                    \(link)

                    If it was not you, unlock it and then change your password.
                    """))
    }
}
