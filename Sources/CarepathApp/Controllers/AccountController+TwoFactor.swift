import Fluent
import Foundation
import Identity
import QRCode
import Vapor

extension AccountController {
    /// A security code as posted, with the sealed key while setting up.
    struct CodeForm: Content {
        var code: String?
        /// Asked for when replacing an authenticator app that is already set up.
        var current: String?
        /// The key being set up, sealed so the browser can neither read nor change it.
        var pending: String?
    }

    /// `GET /sign-in/two-factor`.
    func twoFactorForm(_ request: Request) async throws -> Response {
        guard case .awaitingSecondFactor(let user) = request.identity else {
            return request.redirect(to: SiteURL.signIn(returnTo: nil).path)
        }
        return try await twoFactorPage(request, user: user, error: nil)
    }

    /// `POST /sign-in/two-factor`: a code from the app, or a recovery code.
    func twoFactor(_ request: Request) async throws -> Response {
        guard case .awaitingSecondFactor(let signedIn) = request.identity, let sessionID = signedIn.sessionID,
            let user = try await UserEntity.find(signedIn.userID, on: request.db)
        else { return request.redirect(to: SiteURL.signIn(returnTo: nil).path, redirectType: .normal) }
        let code = try request.content.decode(CodeForm.self).code ?? ""
        if let until = user.lockedUntil, until > request.application.now {
            // Locked while half signed in: start again once the lock lifts.
            try await SignInService(request: request).endSession(sessionID)
            return request.redirect(to: SiteURL.signIn(returnTo: nil).path, redirectType: .normal)
        }
        guard try await TwoFactorCheck(request: request).accept(code, for: user) else {
            // Wrong codes count towards the same lockout as wrong passwords.
            let outcome = try await SignInService(request: request).recordFailedSecondFactor(user)
            if case .locked = outcome {
                try await SignInService(request: request).endSession(sessionID)
                return request.redirect(to: SiteURL.signIn(returnTo: nil).path, redirectType: .normal)
            }
            return try await twoFactorPage(
                request, user: signedIn, error: "Enter the 6-digit code from your app, or a recovery code",
                status: .unauthorized)
        }
        let token = try await SignInService(request: request).completeSecondFactor(sessionID: sessionID)
        let response = request.redirect(
            to: AccountURL.safeReturnPath(returnTo(request)), redirectType: .normal)
        SignInService(request: request).setCookie(token, on: response)
        return response
    }

    /// `GET /account/two-factor`: a new key to scan.
    func setUpTwoFactorForm(_ request: Request) async throws -> Response {
        let user = try setUpUser(request)
        var generator = SystemRandomNumberGenerator()
        let secret = TOTP.generateSecret(using: &generator)
        let replacing = try await UserEntity.find(user.userID, on: request.db)?.hasTwoFactor ?? false
        return try twoFactorSetupPage(request, user: user, secret: secret, replacing: replacing, error: nil)
    }

    /// `POST /account/two-factor`: turns two-factor sign-in on once the first code matches.
    func setUpTwoFactor(_ request: Request) async throws -> Response {
        let signedIn = try setUpUser(request)
        let form = try request.content.decode(CodeForm.self)
        let box = SecretBox(masterKey: request.application.carepathConfig.masterKey, purpose: "totp-setup")
        guard let pending = form.pending.flatMap({ Data(base64Encoded: $0) }),
            let opened = try? box.open(pending), opened.count > 36,
            UUID(uuidString: String(decoding: opened.prefix(36), as: UTF8.self)) == signedIn.userID
        else { throw CarepathError.invalidInput([.init(field: "pending", message: "the set-up form was changed")]) }
        let secret = Array(opened.dropFirst(36))
        guard let user = try await UserEntity.find(signedIn.userID, on: request.db) else {
            throw CarepathError.signInRequired(returnTo: request.url.string)
        }
        // Replacing an app that is already set up would let a stolen session take the account over.
        if user.hasTwoFactor, try await !request.passwordHasher.verify(form.current ?? "", against: user.passwordHash) {
            if case .locked = try await SignInService(request: request).recordFailure(user) {
                try await SignInService(request: request).endAllSessions(userID: signedIn.userID)
                throw CarepathError.signInRequired(returnTo: SiteURL.account.path)
            }
            return try twoFactorSetupPage(
                request, user: signedIn, secret: secret, replacing: true,
                error: "Enter your current password correctly",
                status: .unprocessableEntity)
        }
        let totp = TOTP(secret: secret)
        guard let step = totp.verify(form.code ?? "", at: request.application.now, lastUsedStep: nil) else {
            return try twoFactorSetupPage(
                request, user: signedIn, secret: secret, replacing: user.hasTwoFactor,
                error: "Enter the 6-digit code your app shows now", status: .unprocessableEntity)
        }
        var generator = SystemRandomNumberGenerator()
        let codes = RecoveryCodes.generate(using: &generator)
        user.sealedTOTPSecret = try SecretBox(masterKey: request.application.carepathConfig.masterKey, purpose: "totp")
            .seal(secret)
        user.totpLastStep = Int64(step)
        try await request.db.transaction { transaction in
            try await user.save(on: transaction)
            try await RecoveryCodeEntity.query(on: transaction).filter(\.$userID == signedIn.userID).delete()
            for code in codes {
                let stored = RecoveryCodeEntity()
                stored.userID = signedIn.userID
                stored.codeHash = RecoveryCodes.hash(code)
                try await stored.create(on: transaction)
            }
            try await request.audit(
                .init(action: .twoFactorEnabled, subjectKind: "user", subjectID: signedIn.userID.uuidString),
                on: transaction)
        }
        let response = HTMLResponse.page(
            RecoveryCodesPage.render(codes: codes, continueTo: SiteURL.account.path, isDemo: request.isDemo),
            for: request)
        if let sessionID = signedIn.sessionID {
            let token = try await SignInService(request: request).completeSecondFactor(sessionID: sessionID)
            SignInService(request: request).setCookie(token, on: response)
            // The page was filled with the old session's token; the next form load gets the new one.
        }
        return response
    }

    private func setUpUser(_ request: Request) throws -> SignedInUser {
        switch request.identity {
        case .mustSetUpSecondFactor(let user), .signedIn(let user): return user
        case .awaitingSecondFactor, .anonymous: throw CarepathError.signInRequired(returnTo: request.url.string)
        }
    }

    private func twoFactorSetupPage(
        _ request: Request, user: SignedInUser, secret: [UInt8], replacing: Bool, error: String?,
        status: HTTPResponseStatus = .ok
    ) throws -> Response {
        let totp = TOTP(secret: secret)
        let uri = totp.provisioningURI(issuer: "Carepath", account: user.email)
        let box = SecretBox(masterKey: request.application.carepathConfig.masterKey, purpose: "totp-setup")
        let pending = try box.seal(Array(user.userID.uuidString.utf8) + secret).base64EncodedString()
        let qr = (try? QRCode.encode(uri))?.svg(title: "QR code to add Carepath to an authenticator app") ?? ""
        let key = Base32.encode(secret).chunked(4)
        var isRequired = false
        if case .mustSetUpSecondFactor = request.identity { isRequired = true }
        let html = TwoFactorSetupPage.render(
            .init(
                key: key, qrSVG: qr, pending: pending, error: error, isRequired: isRequired, isReplacing: replacing,
                isDemo: request.isDemo))
        return HTMLResponse.page(html, for: request, status: status)
    }

    private func twoFactorPage(
        _ request: Request, user: SignedInUser, error: String?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let demoCode = try await DemoAccounts.currentCode(for: user, request: request)
        return HTMLResponse.page(
            TwoFactorPage.render(
                .init(error: error, demoCode: demoCode, returnTo: returnTo(request), isDemo: request.isDemo)),
            for: request,
            status: status)
    }
}

extension String {
    /// The string in groups of `size` characters separated by spaces, for reading aloud or typing.
    func chunked(_ size: Int) -> String {
        var groups: [Substring] = []
        var start = startIndex
        while start < endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            groups.append(self[start..<end])
            start = end
        }
        return groups.joined(separator: " ")
    }
}
