import Foundation
import Passport
import Plot

/// `GET /shared/{secret}`: what an organisation sees of a worker's share: a presentation signed for
/// it just now, verified, with a verdict per credential and, for employers, a way to add them to
/// their training records.
enum PassportSharedPage {
    struct Model {
        var organisation: String
        var presentation: String?
        var verified: Result<VerifiedPresentation, PresentationProblem>?
        /// Where the accept form posts, when the viewer may add training records.
        var acceptAction: String?
        var confirmation: String?
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: "A shared training passport",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .unwrap(model.confirmation) { message in Components.confirmation(message) },
                .span(.class("cp-caption-l"), .text("Shared with \(model.organisation)")),
                .h1(.class("cp-heading-xl"), .text("A shared training passport")),
                result(model)
            )
        ).render()
    }

    private static func result(_ model: Model) -> Node<HTML.BodyContext> {
        switch model.verified {
        case .none: return .empty
        case .failure(let problem)?:
            return .div(.class("cp-warning-text"), .text("The presentation did not verify: \(problem)"))
        case .success(let presentation)?:
            let acceptable = presentation.credentials.filter(\.isAcceptable).count
            return .group(
                .p(
                    .text(
                        "The worker's signature on this presentation, made for \(model.organisation) just now, is "
                            + "genuine. \(acceptable) of \(presentation.credentials.count) credentials can be relied on "
                            + "today.")),
                Components.table(
                    caption: "The credentials shared with you",
                    headers: ["Training", "Issued by", "Completed", "Last valid day", "Result"],
                    rows: presentation.credentials.map { verdict in
                        [
                            .text(verdict.details.name ?? "Unreadable credential"),
                            .text(verdict.details.issuerName ?? verdict.details.issuer ?? "–"),
                            .text(verdict.details.validFrom.map(Format.day) ?? "–"),
                            .text(CredentialStateWords.lastValidDay(verdict)),
                            .node(CredentialStateWords.tag(verdict.outcome)),
                        ]
                    }),
                .unwrap(model.presentation) { token in
                    .details(
                        .summary(.text("The signed presentation, to check with your own tools")),
                        .p(.code(.class("cp-break-all"), .text(token))))
                },
                .unwrap(model.acceptAction) { action in
                    .if(acceptable > 0, PassportAcceptFormView.render(action: action))
                })
        }
    }
}
