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

    struct ShareRow {
        var id: UUID
        var organisation: String
        var credentials: Int
        var views: Int
        var isLive: Bool
        var expiresAt: Date
    }

    struct Model {
        /// The worker's `did:key`, or nil before they have claimed a passport.
        var did: String?
        var credentials: [Row]
        /// Organisations the worker can share with.
        var organisations: [(id: UUID, name: String)] = []
        var shares: [ShareRow] = []
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
        let counts = Dictionary(grouping: model.credentials) { CredentialStateWords.label($0.verdict.outcome).text }
            .map { "\($0.value.count) \($0.key.lowercased())" }.sorted()
        return .group(
            .p(
                .text(
                    "These are your training records, signed by the organisations that issued them. Any employer "
                        + "can check they are genuine without contacting them. Only you decide who sees them.")),
            Components.summaryList([
                .init(
                    "Credentials",
                    text: "\(model.credentials.count)" + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", "))),
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
            PassportShareForm.render(model),
            sharesSection(model),
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

    private static func sharesSection(_ model: Model) -> Node<HTML.BodyContext> {
        guard !model.shares.isEmpty else { return .empty }
        return Components.table(
            caption: "What you have shared",
            headers: ["Shared with", "Credentials", "Times opened", "Open until", "State"],
            rows: model.shares.map { share in
                [
                    .node(.a(.href(PassportURL.share(share.id).path), .text(share.organisation))),
                    .number(share.credentials), .number(share.views), .text(Format.day(share.expiresAt)),
                    .node(
                        share.isLive
                            ? Components.tag("Open", colour: "green") : Components.tag("Closed", colour: "grey")),
                ]
            })
    }
}
