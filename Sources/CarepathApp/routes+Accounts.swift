import Vapor

/// Registers signing in, the account pages, emailed links, and a provider's own records.
func accountRoutes(_ app: Application) throws {
    typealias Segment = AccountURL.Segment
    let accounts = AccountController()
    let signIn = app.grouped(.constant(Segment.signIn))
    signIn.get(use: accounts.signInForm)
    signIn.post(use: accounts.signIn)
    signIn.get(.constant(Segment.twoFactor), use: accounts.twoFactorForm)
    signIn.post(.constant(Segment.twoFactor), use: accounts.twoFactor)
    signIn.get(.constant(Segment.forgotten), use: accounts.forgottenPasswordForm)
    signIn.post(.constant(Segment.forgotten), use: accounts.forgottenPassword)
    app.get(.constant(Segment.reset), .parameter(Segment.secret), use: accounts.resetPasswordForm)
    app.post(.constant(Segment.reset), .parameter(Segment.secret), use: accounts.resetPassword)
    app.post(.constant(Segment.signOut), use: accounts.signOut)

    let account = app.grouped(.constant(Segment.account))
    account.get(use: accounts.account)
    account.get(.constant(Segment.twoFactor), use: accounts.setUpTwoFactorForm)
    account.post(.constant(Segment.twoFactor), use: accounts.setUpTwoFactor)
    account.post(.constant(Segment.everywhere), use: accounts.signOutEverywhere)
    account.get(.constant(Segment.password), use: accounts.changePasswordForm)
    account.post(.constant(Segment.password), use: accounts.changePassword)
    account.post(.constant(Segment.tokens), use: accounts.createToken)
    account.post(
        .constant(Segment.tokens), .parameter(Segment.token), .constant(Segment.revoke), use: accounts.revokeToken)

    app.get(.constant(Segment.unlock), .parameter(Segment.secret), use: accounts.unlockForm)
    app.post(.constant(Segment.unlock), .parameter(Segment.secret), use: accounts.unlock)
    app.get(.constant(Segment.invitations), .parameter(Segment.secret), use: accounts.invitationForm)
    app.post(.constant(Segment.invitations), .parameter(Segment.secret), use: accounts.acceptInvitation)

    let records = ProviderRecordsController()
    let staffPath: [PathComponent] = [
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference), .constant(Segment.workplaces),
        .parameter(Segment.workplace), .constant(Segment.staff),
    ]
    let auditPath: [PathComponent] = [
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference), .constant(Segment.audit),
    ]
    app.get(staffPath, use: records.staff)
    app.get(auditPath, use: records.audit)
    let admin = ProviderAdminController()
    let provider = app.grouped(.constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference))
    provider.get(.constant(Segment.people), use: admin.people)
    provider.post(.constant(Segment.people), use: admin.invite)
    provider.post(
        .constant(Segment.people), .parameter(Segment.member), .constant(Segment.remove), use: admin.removeMember)
    provider.post(
        .constant(Segment.people), .constant(Segment.invitations), .parameter(Segment.invitation),
        .constant(Segment.cancel), use: admin.cancelInvitation)
    let sharing = provider.grouped(.constant(Segment.sharing))
    sharing.get(use: admin.sharing)
    sharing.post(.constant(Segment.consents), use: admin.grantConsent)
    sharing.post(
        .constant(Segment.consents), .parameter(Segment.consent), .constant(Segment.revoke), use: admin.revokeConsent)
    sharing.post(.constant(Segment.parent), use: admin.changeParentSharing)
    sharing.post(.constant(Segment.parent), .constant(Segment.remove), use: admin.removeParentLink)

    let v1 = app.grouped(SiteURL.Segment.api.map { PathComponent.constant($0) })
    v1.get(staffPath, use: records.apiStaff)
    v1.get(auditPath, use: records.apiAudit)
}
