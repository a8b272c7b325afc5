import ArgumentParser
import Testing

@testable import CarepathApp

@Suite("Passport commands")
struct PassportCommandTests {
    @Test("keygen, issue and verify parse their documented arguments")
    func parses() throws {
        let keygen = try #require(
            try CarepathCommand.parseAsRoot(["passport", "keygen", "--organisation", "SUNRISE"])
                as? PassportCommand.Keygen)
        #expect(keygen.organisation == "SUNRISE")
        let issue = try #require(
            try CarepathCommand.parseAsRoot([
                "passport", "issue", "--achievement", "CSTF-FIRE-L1", "--subject", "did:key:z6Mk", "--completed",
                "2026-03-12", "--issuer", "SUNRISE",
            ]) as? PassportCommand.Issue)
        #expect(issue.issuer == "SUNRISE")
        let verify = try #require(
            try CarepathCommand.parseAsRoot(["passport", "verify", "credential.jwt"]) as? PassportCommand.Verify)
        #expect(verify.input == "credential.jwt")
    }

    @Test(
        "bad values are refused before the database is touched, naming the argument and the rule",
        arguments: [
            (
                [
                    "passport", "issue", "--achievement", "CSTF-FIRE-L1", "--subject", "bob", "--completed",
                    "2026-03-12",
                ],
                "--subject"
            ),
            (
                [
                    "passport", "issue", "--achievement", "CSTF-FIRE-L1", "--subject",
                    "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "--completed", "12/03/2026",
                ], "--completed"
            ),
            (["passport", "verify", "not a credential"], "input"),
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
