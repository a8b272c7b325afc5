import Vapor

/// Registers the passport: published documents, the worker's wallet and claims, an employer's issuing
/// page, and verification.
func passportRoutes(_ app: Application) throws {
    typealias Segment = PassportURL.Segment
    let published = PassportPublicController()
    app.get(.constant(Segment.wellKnown), .constant(Segment.didDocument), use: published.platformDocument)
    app.get(
        .constant(Segment.issuers), .parameter(Segment.slug), .constant(Segment.didDocument),
        use: published.issuerDocument)
    app.get(.constant(Segment.status), .parameter(Segment.slug), .parameter(Segment.number), use: published.statusList)
    app.get(.constant(Segment.trustList), use: published.trustList)

    let wallet = PassportWalletController()
    let passport = app.grouped(.constant(Segment.passport))
    passport.get(use: wallet.wallet)
    passport.get(.constant(Segment.bundle), use: wallet.bundle)
    passport.post(.constant(Segment.key), use: wallet.exportKey)
    let claims = PassportClaimController()
    passport.get(.constant(Segment.claim), .parameter(AccountURL.Segment.secret), use: claims.form)
    passport.post(.constant(Segment.claim), .parameter(AccountURL.Segment.secret), use: claims.claim)
    let shares = PassportShareController()
    passport.post(.constant(Segment.shares), use: shares.create)
    passport.get(.constant(Segment.shares), .parameter(Segment.share), use: shares.show)
    passport.post(.constant(Segment.shares), .parameter(Segment.share), .constant(Segment.revoke), use: shares.revoke)
    app.get(.constant(Segment.shared), .parameter(AccountURL.Segment.secret), use: shares.view)
    app.post(
        .constant(Segment.shared), .parameter(AccountURL.Segment.secret), .constant(Segment.accept), use: shares.accept)

    let employer = PassportEmployerController()
    let issuing = app.grouped(
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference), .constant(Segment.passport))
    issuing.get(use: employer.page)
    issuing.post(.constant(Segment.invitations), use: employer.invite)
    issuing.post(.constant(Segment.issue), use: employer.issue)
    issuing.post(
        .constant(Segment.credentials), .parameter(Segment.credential), .constant(Segment.revoke), use: employer.revoke)
    issuing.post(.constant(Segment.keys), use: employer.rotateKey)
    issuing.post(.constant(Segment.checks), use: employer.attest)

    let courses = CourseCompletionsController()
    let course = app.grouped(.constant(Segment.courses), .parameter(SiteURL.Segment.reference))
    course.get(use: courses.page)
    course.post(.constant(Segment.completions), use: courses.issue)
    course.post(
        .constant(Segment.credentials), .parameter(Segment.credential), .constant(Segment.revoke), use: courses.revoke)

    let compliance = TrainingComplianceController()
    let trainingPath: [PathComponent] = [
        .constant(SiteURL.Segment.providers), .parameter(SiteURL.Segment.reference),
        .constant(AccountURL.Segment.workplaces), .parameter(AccountURL.Segment.workplace), .constant(Segment.training),
    ]
    app.get(trainingPath, use: compliance.page)

    let verify = PassportVerifyController()
    app.get(.constant(Segment.verify), use: verify.form)
    app.on(.POST, .constant(Segment.verify), body: .collect(maxSize: "1mb"), use: verify.verify)
    app.on(
        .POST, .constant(Segment.verify), .constant(Segment.accept), body: .collect(maxSize: "1mb"), use: verify.accept)
    let v1 = app.grouped(SiteURL.Segment.api.map { PathComponent.constant($0) })
    v1.on(.POST, .constant(Segment.verify), body: .collect(maxSize: "1mb"), use: verify.apiVerify)
    v1.get(trainingPath, use: compliance.api)
}
