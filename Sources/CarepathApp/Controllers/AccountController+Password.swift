import Fluent
import Foundation
import Identity
import Vapor

extension AccountController {
    /// The password forms as posted.
    struct PasswordForm: Content {
        var current: String?
        var password: String?
        var email: String?
    }

    private static let newPasswordField = (
        name: "password", label: "New password", type: "password", autocomplete: "new-password"
    )

    /// `GET /account/password`.
    func changePasswordForm(_ request: Request) async throws -> Response {
        _ = try request.requireUser()
        return HTMLResponse.page(PasswordPages.render(changeModel(request)), for: request)
    }

    /// `POST /account/password`: needs the current password; ends every other session.
    func changePassword(_ request: Request) async throws -> Response {
        let signedIn = try request.requireUser()
        let form = try request.content.decode(PasswordForm.self)
        guard let user = try await UserEntity.find(signedIn.userID, on: request.db) else {
            throw CarepathError.signInRequired(returnTo: request.url.string)
        }
        var model = changeModel(request)
        if try await !request.passwordHasher.verify(form.current ?? "", against: user.passwordHash) {
            // Guessing through a stolen session counts towards the lockout like any sign-in.
            if case .locked = try await SignInService(request: request).recordFailure(user) {
                try await SignInService(request: request).endAllSessions(userID: signedIn.userID)
                throw CarepathError.signInRequired(returnTo: SiteURL.account.path)
            }
            model.errors.append(.init(fieldID: "current", message: "Enter your current password correctly"))
        }
        if let problem = newPasswordProblem(form.password ?? "", user: user, request: request) {
            model.errors.append(.init(fieldID: "password", message: problem))
        }
        guard model.errors.isEmpty else {
            return HTMLResponse.page(PasswordPages.render(model), for: request, status: .unprocessableEntity)
        }
        try await setPassword(form.password ?? "", for: user, keeping: signedIn.sessionID, request: request)
        model.confirmation = "Your password has been changed, and every other device signed out."
        return HTMLResponse.page(PasswordPages.render(model), for: request)
    }

    /// `GET /sign-in/forgotten-password`.
    func forgottenPasswordForm(_ request: Request) async throws -> Response {
        HTMLResponse.page(PasswordPages.render(forgottenModel(request)), for: request)
    }

    /// `POST /sign-in/forgotten-password`: the same answer whether or not the account exists.
    func forgottenPassword(_ request: Request) async throws -> Response {
        let email = try request.content.decode(PasswordForm.self).email ?? ""
        if let user = try await AccountStore(database: request.db).user(email: email), let userID = user.id {
            let token = try await request.db.transaction { transaction in
                try await request.audit(
                    .init(action: .passwordResetRequested, subjectKind: "user", subjectID: userID.uuidString),
                    on: transaction, actor: (userID, user.email))
                return try await AccountLinks.create(
                    kind: .passwordReset, email: user.email, userID: userID, createdBy: nil, lifetime: 60 * 60,
                    now: request.application.now, on: transaction)
            }
            let link = request.application.carepathConfig.linkBase + AccountURL.resetPassword(token: token).path
            do {
                try await request.application.mailer.send(Self.resetEmail(to: user.email, link: link))
            } catch {
                // The page must read the same whether or not the account exists, so a mail
                // failure goes to the log, not to the person asking.
                request.logger.error("Could not send a password reset email: \(error)")
            }
        }
        var model = forgottenModel(request)
        model.confirmation =
            "If there is an account for that address, we have emailed it a link to choose a new password."
        return HTMLResponse.page(PasswordPages.render(model), for: request)
    }

    /// `GET /reset-password/{secret}`.
    func resetPasswordForm(_ request: Request) async throws -> Response {
        _ = try await resetLink(request)
        return HTMLResponse.page(PasswordPages.render(resetModel(request)), for: request)
    }

    /// `POST /reset-password/{secret}`: sets the password, lifts any lock and ends every session.
    /// The second factor is still asked for at the next sign-in.
    func resetPassword(_ request: Request) async throws -> Response {
        let (link, user) = try await resetLink(request)
        let password = try request.content.decode(PasswordForm.self).password ?? ""
        if let problem = newPasswordProblem(password, user: user, request: request) {
            var model = resetModel(request)
            model.errors = [.init(fieldID: "password", message: problem)]
            return HTMLResponse.page(PasswordPages.render(model), for: request, status: .unprocessableEntity)
        }
        try await setPassword(password, for: user, keeping: nil, consuming: link, request: request)
        return request.redirect(to: SiteURL.signIn(returnTo: nil).path, redirectType: .normal)
    }

    private static func resetEmail(to address: String, link: String) -> EmailMessage {
        EmailMessage(
            to: address, subject: "Reset your Carepath password",
            body: """
                Someone, perhaps you, asked to reset the password of your Carepath account.

                Choose a new password with this link (it works once, for one hour):
                \(link)

                If it was not you, ignore this email: your password has not changed.
                """)
    }

    private func resetLink(_ request: Request) async throws -> (AccountLinkEntity, UserEntity) {
        let token = request.parameters.get(AccountURL.Segment.secret) ?? ""
        guard
            let link = try await AccountLinks.find(
                .passwordReset, token: token, now: request.application.now, on: request.db),
            let userID = link.userID, let user = try await UserEntity.find(userID, on: request.db)
        else { throw CarepathError.recordNotFound(kind: "password reset link", id: "given") }
        return (link, user)
    }

    private func newPasswordProblem(_ password: String, user: UserEntity, request: Request) -> String? {
        request.application.passwordProblem(password, email: user.email, name: user.displayName)
    }

    /// Stores the new hash, lifts any lock, ends every session but `kept` and uses up the reset link,
    /// in one transaction.
    private func setPassword(
        _ password: String, for user: UserEntity, keeping kept: UUID?, consuming link: AccountLinkEntity? = nil,
        request: Request
    ) async throws {
        user.passwordHash = try await request.passwordHasher.hash(password)
        user.passwordChangedAt = request.application.now
        user.failedSignIns = 0
        user.lockedUntil = nil
        let userID = try user.requireID()
        try await request.db.transaction { transaction in
            if let link,
                try await !AccountStore(database: transaction).claimLink(link.requireID(), at: user.passwordChangedAt)
            {
                throw CarepathError.recordNotFound(kind: "password reset link", id: "given")
            }
            try await user.save(on: transaction)
            var others = UserSessionEntity.query(on: transaction).filter(\.$userID == userID)
            if let kept { others = others.filter(\.$id != kept) }
            try await others.delete()
            try await request.audit(
                .init(action: .passwordChanged, subjectKind: "user", subjectID: userID.uuidString), on: transaction,
                actor: (userID, user.email))
        }
    }

    private func changeModel(_ request: Request) -> PasswordPages.Model {
        .init(
            title: "Change your password", intro: PasswordPages.newPasswordHint,
            action: AccountURL.changePassword.path,
            fields: [("current", "Current password", "password", "current-password"), Self.newPasswordField],
            button: "Change password", isDemo: request.isDemo)
    }

    private func forgottenModel(_ request: Request) -> PasswordPages.Model {
        .init(
            title: "Reset your password",
            intro: "Enter the email address of your account. We will email you a link to choose a new password.",
            action: AccountURL.forgottenPassword.path, fields: [("email", "Email address", "email", "username")],
            button: "Send the link", isDemo: request.isDemo)
    }

    private func resetModel(_ request: Request) -> PasswordPages.Model {
        .init(
            title: "Choose a new password", intro: PasswordPages.newPasswordHint, action: request.url.path,
            fields: [Self.newPasswordField], button: "Set password", isDemo: request.isDemo)
    }
}
