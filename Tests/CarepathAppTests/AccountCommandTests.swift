import ArgumentParser
import Testing

@testable import CarepathApp

@Suite("Account commands")
struct AccountCommandTests {
    @Test("users, orgs and tokens parse their documented arguments")
    func parses() throws {
        let admin = try #require(
            try CarepathCommand.parseAsRoot(["users", "create-admin", "--email", "a@b.test", "--name", "Ops"])
                as? UsersCommand.CreateAdmin)
        #expect(admin.email == "a@b.test")
        let create = try #require(
            try CarepathCommand.parseAsRoot([
                "orgs", "create", "--reference", "NCC", "--name", "Norfolk", "--kind", "council", "--area", "E10000020",
            ]) as? OrgsCommand.Create)
        #expect(create.area == "E10000020")
        let link = try #require(
            try CarepathCommand.parseAsRoot(["orgs", "link", "--parent", "P", "--subsidiary", "S"]) as? OrgsCommand.Link
        )
        #expect(link.owner == "subsidiary")
        #expect(link.sharing == "workplace")
        let token = try #require(
            try CarepathCommand.parseAsRoot([
                "tokens", "create", "--email", "a@b.test", "--name", "ci", "--scope", "providers:read", "--scope",
                "staff:read",
            ]) as? TokensCommand.Create)
        #expect(token.scopes == ["providers:read", "staff:read"])
        #expect(token.days == 90)
    }

    @Test(
        "bad values are refused before the database is touched, naming the argument and the rule",
        arguments: [
            (["tokens", "create", "--email", "a@b.test", "--name", "x", "--scope", "everything"], "--scope"),
            (
                ["tokens", "create", "--email", "a@b.test", "--name", "x", "--scope", "staff:read", "--days", "900"],
                "--days"
            ),
            (["orgs", "create", "--reference", "R", "--name", "N", "--kind", "charity"], "--kind"),
            (["orgs", "create", "--reference", "R", "--name", "N", "--kind", "council"], "--area"),
            (["orgs", "invite", "--organisation", "R", "--email", "a@b.test", "--role", "owner"], "--role"),
            (["orgs", "link", "--parent", "P", "--subsidiary", "S", "--owner", "council"], "--owner"),
            (["orgs", "link", "--parent", "P", "--subsidiary", "S", "--sharing", "all"], "--sharing"),
        ])
    func refusals(arguments: [String], argument: String) async throws {
        var command = try #require(
            try CarepathCommand.parseAsRoot(arguments + ["--database", "sqlite:/nonexistent/x"])
                as? any AsyncParsableCommand)
        await #expect {
            try await command.run()
        } throws: { error in
            (error as? AccountCommandError)?.description.hasPrefix(argument) == true
        }
    }
}
