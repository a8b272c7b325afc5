import Plot

/// One demo account, for the sign-in page in demo mode.
struct DemoAccountSummary: Sendable, Equatable {
    var email: String
    var password: String
    var organisation: String
    var role: String
    var canSeeStaffRecords: Bool
}

/// The demo accounts, so anyone trying the demo can sign in as each kind of person.
enum DemoAccountsTable {
    static func render(_ accounts: [DemoAccountSummary]) -> Node<HTML.BodyContext> {
        .section(
            .h2(.class("cp-heading-m"), .text("Demo accounts")),
            .p(
                .text(
                    "These accounts exist only in the demo. Accounts that can see staff records need a security code "
                        + "too; in the demo, the code page shows it.")),
            Components.table(
                caption: "Demo accounts and what each can see",
                headers: ["Email", "Password", "Organisation", "Role", "Staff records"],
                rows: accounts.map { account in
                    [
                        .text(account.email), .text(account.password), .text(account.organisation), .text(account.role),
                        .text(account.canSeeStaffRecords ? "Yes" : "No"),
                    ]
                }))
    }
}
