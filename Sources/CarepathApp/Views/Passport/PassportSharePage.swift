import Foundation
import Plot

/// `GET /passport/shares/{share}`: one of the worker's shares: its link and QR code, what it holds,
/// until when, and every time someone opened it.
enum PassportSharePage {
    struct Model {
        var id: UUID
        var organisation: String
        var link: String
        var qrSVG: String?
        var credentials: [String]
        var expiresAt: Date
        var isLive: Bool
        var revokedAt: Date?
        var views: [PassportShareViewEntity]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        PageLayout(
            title: "Shared with \(model.organisation)",
            section: nil,
            isDemo: model.isDemo,
            main: .group(
                .span(.class("cp-caption-l"), .text("Your training passport")),
                .h1(.class("cp-heading-xl"), .text("Shared with \(model.organisation)")),
                Components.summaryList([
                    .init(
                        "State",
                        model.isLive
                            ? Components.tag("Open", colour: "green")
                            : Components.tag(model.revokedAt == nil ? "Expired" : "Stopped", colour: "grey")),
                    .init("Open until", text: Format.day(model.expiresAt)),
                    .init("Credentials", .ul(.class("cp-list"), .forEach(model.credentials) { .li(.text($0)) })),
                ]),
                .if(model.isLive, live(model)),
                .h2(.class("cp-heading-l"), .text("Who has looked")),
                .if(
                    model.views.isEmpty,
                    .p(.text("Nobody has opened this share yet.")),
                    else: Components.table(
                        caption: "Every time someone opened this share",
                        headers: ["When (UTC)", "Who", "Credentials shown"],
                        rows: model.views.map { view in
                            [.text(AuditTable.format(view.viewedAt)), .text(view.viewer), .number(view.credentials)]
                        })),
                .p(.a(.href(PassportURL.wallet.path), .text("Back to your passport")))
            )
        ).render()
    }

    private static func live(_ model: Model) -> Node<HTML.BodyContext> {
        .group(
            .p(
                .text(
                    "Give this link to \(model.organisation), or let them scan the code. Only people who belong to "
                        + "\(model.organisation) can open it, and each opening is shown below.")),
            .p(.code(.class("cp-break-all"), .text(model.link))),
            .unwrap(model.qrSVG) { svg in .div(.class("cp-qr"), .raw(svg)) },
            PostButton.node(
                action: PassportURL.revokeShare(model.id).path, label: "Stop sharing",
                style: "cp-button cp-button--warning"))
    }
}
