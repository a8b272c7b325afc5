import Plot

/// One demo account, for the sign-in page in demo mode.
struct DemoAccountSummary: Sendable, Equatable {
    var email: String
    var organisation: String
    var role: String
    /// What the account shows off, in a few words.
    var canSee: String
}

/// The demo accounts, so anyone trying the demo can sign in as each kind of person.
enum DemoAccountsTable {
    static func render(_ accounts: [DemoAccountSummary]) -> Node<HTML.BodyContext> {
        .section(
            .h2(.class("cp-heading-m"), .text("Demo accounts")),
            .p(
                .text("These accounts exist only in the demo. Each has the password "),
                .element(named: "code", text: DemoAccounts.password),
                .text(
                    ". Accounts that can see staff records or administer anything need a security code too; in the "
                        + "demo, the code page shows it.")),
            Components.table(
                caption: "Demo accounts and what each can see",
                headers: ["Email", "Organisation", "Role", "What they can see"],
                rows: accounts.map { account in
                    [.text(account.email), .text(account.organisation), .text(account.role), .text(account.canSee)]
                }))
    }
}
