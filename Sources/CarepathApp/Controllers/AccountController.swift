import Fluent
import Identity
import Vapor

/// Signing in and out, two-factor sign-in, the account page, API tokens and emailed links.
struct AccountController: Sendable {
    /// The sign-in form as posted.
    struct SignInForm: Content {
        var email: String?
        var password: String?
    }

    /// `GET /sign-in`.
    func signInForm(_ request: Request) async throws -> Response {
        if request.identity.user != nil {
            return request.redirect(to: AccountURL.safeReturnPath(request.query[String.self, at: "return-to"]))
        }
        return try await signInPage(request, model: .init(returnTo: returnTo(request), isDemo: request.isDemo))
    }

    /// `POST /sign-in`.
    func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SignInForm.self)
        let email = form.email?.trimmingCharacters(in: .whitespaces) ?? ""
        var model = SignInPage.Model(email: email, returnTo: returnTo(request), isDemo: request.isDemo)
        if email.isEmpty { model.fieldErrors.append(.init(fieldID: "email", message: "Enter your email address")) }
        if (form.password ?? "").isEmpty {
            model.fieldErrors.append(.init(fieldID: "password", message: "Enter your password"))
        }
        guard model.fieldErrors.isEmpty else {
            return try await signInPage(request, model: model, status: .unprocessableEntity)
        }

        let service = SignInService(request: request)
        switch try await service.checkPassword(email: email, password: form.password ?? "") {
        case .rejected:
            model.fieldErrors = [.init(fieldID: "email", message: "Enter a correct email address and password")]
            return try await signInPage(request, model: model, status: .unauthorized)
        case .locked(let until):
            model.problem =
                "Your account is locked after too many wrong passwords. We have emailed you a link to unlock it, "
                + "or try again after \(AuditTable.format(until)) UTC."
            let response = try await signInPage(request, model: model, status: .tooManyRequests)
            let seconds = max(1, Int(until.timeIntervalSince(request.application.now).rounded(.up)))
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        case .accepted(let user):
            let token = try await service.startSession(for: user, secondFactorDone: false)
            let signedIn = try await AccountStore(database: request.db).signedInUser(user, sessionID: nil)
            let next: String
            if user.hasTwoFactor {
                next = SiteURL.accounts(.twoFactor(returnTo: model.returnTo)).path
            } else if signedIn.principal.needsSecondFactor {
                next = SiteURL.accounts(.setUpTwoFactor).path
            } else {
                try await request.db.transaction { transaction in
                    try await service.completeSignIn(signedIn.userID, on: transaction)
                    try await request.audit(
                        .init(action: .signInSucceeded, subjectKind: "user", subjectID: signedIn.userID.uuidString),
                        on: transaction, actor: (signedIn.userID, signedIn.email))
                }
                next = AccountURL.safeReturnPath(model.returnTo)
            }
            let response = request.redirect(to: next, redirectType: .normal)
            service.setCookie(token, on: response)
            return response
        }
    }

    /// `POST /sign-out`.
    func signOut(_ request: Request) async throws -> Response {
        if let user = request.identity.anyStageUser, let session = user.sessionID {
            try await SignInService(request: request).endSession(session)
            try await request.audit(.init(action: .signedOut, subjectKind: "user", subjectID: user.userID.uuidString))
        }
        let response = request.redirect(to: SiteURL.home.path, redirectType: .normal)
        response.cookies[SessionCookies.session] = SessionCookies.expired(
            secure: request.application.carepathConfig.usesSecureCookies)
        return response
    }

    func returnTo(_ request: Request) -> String? {
        request.query[String.self, at: "return-to"].map { AccountURL.safeReturnPath($0) }
    }

    private func signInPage(
        _ request: Request, model: SignInPage.Model, status: HTTPResponseStatus = .ok
    )
        async throws -> Response
    {
        var model = model
        if request.isDemo { model.demoAccounts = DemoAccounts.summaries }
        return HTMLResponse.page(SignInPage.render(model), for: request, status: status)
    }
}
