import Testing
import VaporTesting

@testable import CarepathApp

/// Plot escapes text but not attribute values; what someone types must never become markup.
@Suite("Escaping")
struct EscapingTests {
    static let attack = "\"><b id=injected>x</b><!--cp:csrf-->"

    @Test("a typed value reflected into a form field stays a value")
    func reflectedValues() async throws {
        try await withTestApp { app in
            var browser = TestSession()
            let postcode = try await browser.get(
                app,
                "/postcodes?postcode="
                    + (Self.attack.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            #expect(!postcode.body.string.contains("<b id=injected>"))
            #expect(!postcode.body.string.contains("name=\"csrf_token\" value=\"\(browser.csrfToken ?? "-")\"><b"))
            _ = try await browser.get(app, "/sign-in")
            let signIn = try await browser.post(app, "/sign-in", form: ["email": Self.attack, "password": "x"])
            #expect(signIn.status == .unauthorized)
            #expect(!signIn.body.string.contains("<b id=injected>"))
            #expect(signIn.body.string.contains("value=\"&quot;&gt;&lt;b id=injected&gt;"))
            // The slot marker typed into a field is not replaced by the CSRF field.
            #expect(signIn.body.string.components(separatedBy: "name=\"csrf_token\"").count == 2)
        }
    }
}
