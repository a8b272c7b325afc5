import Plot

/// The header's account links: "Sign in", or who is signed in with their account and sign-out.
enum AccountNavigation {
    static func render(_ identity: RequestIdentity, csrfToken: String) -> String {
        let node: Node<HTML.BodyContext>
        if let user = identity.anyStageUser {
            node = .div(
                .class("cp-header__account"),
                .if(
                    identity.user != nil,
                    .a(.class("cp-header__link"), .href(SiteURL.account.path), .text(user.displayName)),
                    else: .span(.class("cp-header__link"), .text(user.displayName))),
                PostButton.render(
                    action: AccountURL.signOut.path, label: "Sign out", style: "cp-header__button", csrfToken: csrfToken
                )
            )
        } else {
            node = .div(
                .class("cp-header__account"),
                .a(.class("cp-header__link"), .href(SiteURL.signIn(returnTo: nil).path), .text("Sign in")))
        }
        return node.render()
    }
}

/// A form with one button that changes something: sign out, revoke, unlock.
enum PostButton {
    /// With the CSRF field left as a slot, for pages.
    static func node<Context>(action: String, label: String, style: String = "cp-button") -> Node<Context> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-inline-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: action.htmlEscaped), PageSlots.csrfField(),
                .element(
                    named: "button",
                    nodes: [
                        .attribute(named: "class", value: style), .attribute(named: "type", value: "submit"),
                        .text(label),
                    ]),
            ])
    }

    /// With the token filled in, for the header, which is itself written into a slot.
    static func render(action: String, label: String, style: String, csrfToken: String) -> Node<HTML.BodyContext> {
        .raw(
            PageSlots.fill(
                Node<HTML.BodyContext>.group(node(action: action, label: label, style: style)).render(), account: "",
                csrfToken: csrfToken))
    }
}
