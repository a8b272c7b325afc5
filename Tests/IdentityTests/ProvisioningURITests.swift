import Identity
import Testing

@Suite struct ProvisioningURITests {
    static let secret = Array("12345678901234567890".utf8)

    @Test func buildsTheKeyURIWithDefaults() {
        let uri = TOTP(secret: Self.secret).provisioningURI(issuer: "Carepath", account: "jo@example.com")
        #expect(
            uri == "otpauth://totp/Carepath:jo@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Carepath&algorithm=SHA1&digits=6&period=30"
        )
    }

    @Test func percentEncodesReservedAndNonASCIICharacters() {
        let totp = TOTP(secret: Self.secret, algorithm: .sha512, digits: 8, period: 60)
        let uri = totp.provisioningURI(issuer: "Acme Care & Co: North", account: "zoë+test@example.com")
        #expect(
            uri == "otpauth://totp/Acme%20Care%20%26%20Co%3A%20North:zo%C3%AB%2Btest@example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20Care%20%26%20Co%3A%20North"
                + "&algorithm=SHA512&digits=8&period=60"
        )
    }
}
