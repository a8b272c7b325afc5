import Fluent
import Foundation
import Passport
import Vapor

/// Verifying credentials for anyone, on a page and in the API, and accepting verified ones into an
/// employer's training records.
struct PassportVerifyController: Sendable {
    /// `GET /verify`.
    func form(_ request: Request) async throws -> Response {
        HTMLResponse.page(
            PassportVerifyPage.render(.init(submission: "", isDemo: request.isDemo)), for: request)
    }

    /// `POST /verify`: the verdicts, and for an employer a form to accept the acceptable ones.
    func verify(_ request: Request) async throws -> Response {
        let submission = (try? request.content.get(String.self, at: "credential")) ?? ""
        var model = PassportVerifyPage.Model(submission: submission, isDemo: request.isDemo)
        do {
            let tokens = try PassportSubmission.credentials(in: submission)
            model.verdicts = try await PassportVerification(database: request.db, now: request.application.now)
                .verify(credentials: tokens)
            model.employers = try await PassportAcceptance(request: request).employersForSignedInUser()
        } catch let problem as PassportSubmission.Problem {
            model.errors = [.init(fieldID: "credential", message: problem.description)]
            return HTMLResponse.page(PassportVerifyPage.render(model), for: request, status: .unprocessableEntity)
        }
        return HTMLResponse.page(PassportVerifyPage.render(model), for: request)
    }

    /// `POST /verify/accept`: verifies again (nothing from the browser is trusted) and stores the
    /// acceptable credentials against one of the employer's staff records, in one transaction.
    func accept(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PassportAcceptForm.self)
        let tokens: [String]
        do {
            tokens = try PassportSubmission.credentials(in: form.credential ?? "")
        } catch {
            throw CarepathError.invalidInput([.init(field: "credential", message: error.description)])
        }
        let outcome = try await PassportAcceptance(request: request).accept(tokens, form: form)
        var model = PassportVerifyPage.Model(submission: "", isDemo: request.isDemo)
        model.confirmation = outcome
        return HTMLResponse.page(PassportVerifyPage.render(model), for: request)
    }

    /// `POST /api/v1/verify`: a credential (`{"credential": "<jwt>"}`, or the JWT as the body) or a
    /// passport bundle; answers with one verdict per credential.
    func apiVerify(_ request: Request) async throws -> APIv1.Verification {
        let body = request.body.string ?? ""
        let tokens: [String]
        do {
            tokens = try PassportSubmission.credentials(in: Self.unwrap(body))
        } catch {
            throw CarepathError.invalidInput([.init(field: "body", message: error.description)])
        }
        let now = request.application.now
        let verdicts = try await PassportVerification(database: request.db, now: now).verify(credentials: tokens)
        return APIv1.Verification(verifiedAt: now, credentials: verdicts.map(APIv1.Verdict.init))
    }

    /// `{"credential": "<jwt>"}` and `{"bundle": {…}}` become what they hold; anything else is read as is.
    static func unwrap(_ body: String) -> String {
        guard let object = try? JSONValue.parse(body).objectValue else { return body }
        if let credential = object["credential"]?.stringValue { return credential }
        if let bundle = object["bundle"]?.objectValue { return bundle.serialized }
        return body
    }
}

/// The accept form.
struct PassportAcceptForm: Content, Sendable {
    var credential: String?
    var provider: String?
    var workplace: String?
    var worker: String?
}

extension APIv1 {
    /// Verdicts for a submission.
    struct Verification: Content, Equatable {
        var verifiedAt: Date
        var credentials: [Verdict]
    }

    /// One credential's verdict and what it says, in the API.
    struct Verdict: Content, Equatable {
        var outcome: String
        var reason: String
        var id: String?
        var issuer: String?
        var issuerName: String?
        var subject: String?
        var achievement: String?
        var name: String?
        var validFrom: Date?
        var validUntil: Date?
        var lastValidDay: String?

        init(_ verdict: CredentialVerdict) {
            let details = verdict.details
            outcome = verdict.outcome.rawValue
            reason = verdict.reason
            id = details.id
            issuer = details.issuer
            issuerName = details.issuerName
            subject = details.subject
            achievement = details.achievementCode
            name = details.name
            validFrom = details.validFrom
            validUntil = details.validUntil
            lastValidDay = details.lastValidDay?.description
        }
    }
}
