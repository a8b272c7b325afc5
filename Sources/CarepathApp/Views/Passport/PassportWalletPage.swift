import Foundation
import Passport
import Plot

/// `GET /passport`: the worker's credentials, each with its state in plain words, and what they can
/// do with them.
enum PassportWalletPage {
    struct Row {
        var id: UUID
        var name: String
        var issuer: String
        var completedOn: String
        var verdict: CredentialVerdict
    }

    struct Model {
        /// The worker's `did:key`, or nil before they have claimed a passport.
        var did: String?
        var credentials: [Row]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: "Your training passport",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .h1(.class("cp-heading-xl"), .text("Your training passport")),
                .unwrap(model.did, { did in content(model, did: did) }, else: noPassport())
            )
        ).render()
    }

    private static func noPassport() -> Node<HTML.BodyContext> {
        .group(
            .p(.text("You do not have a passport yet.")),
            .p(
                .text(
                    "Your employer starts it: ask them to send you a passport invitation from Carepath. Everything "
                        + "they issue to you stays yours when you move on.")))
    }

    private static func content(_ model: Model, did: String) -> Node<HTML.BodyContext> {
        let current = model.credentials.filter { $0.verdict.isAcceptable }.count
        return .group(
            .p(
                .text(
                    "These are your training records, signed by the organisations that issued them. Any employer "
                        + "can check they are genuine without contacting them. Only you decide who sees them.")),
            Components.summaryList([
                .init("Credentials", text: "\(model.credentials.count), of which \(current) current"),
                .init("Your passport identifier", .code(.text(did))),
            ]),
            .if(
                model.credentials.isEmpty,
                .p(.text("No credentials have been issued to you yet.")),
                else: Components.table(
                    caption: "Your credentials",
                    headers: ["Training", "Issued by", "Completed", "Last valid day", "State"],
                    rows: model.credentials.map { row in
                        [
                            .text(row.name), .text(row.issuer), .text(row.completedOn),
                            .text(CredentialStateWords.lastValidDay(row.verdict)),
                            .node(CredentialStateWords.tag(row.verdict.outcome)),
                        ]
                    })),
            .h2(.class("cp-heading-l"), .text("Take your passport with you")),
            .p(
                .a(.href(PassportURL.walletBundle.path), .text("Download your passport")),
                .text(
                    " as one file that anyone can verify without a connection: your credentials with the issuers' "
                        + "keys, the trust list and the revocation lists.")),
            .p(
                .text(
                    "To use another wallet app, download your key. Keep the file safe: anyone who has it can "
                        + "present your credentials as you.")),
            PostButton.node(
                action: PassportURL.walletKey.path, label: "Download your key", style: "cp-button cp-button--secondary")
        )
    }
}
