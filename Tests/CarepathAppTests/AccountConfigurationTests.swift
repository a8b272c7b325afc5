import Foundation
import Testing

@testable import CarepathApp

@Suite("Account configuration")
struct AccountConfigurationTests {
    @Test("safe local defaults: development master key, no mail server, bcrypt cost 12, cookies not Secure on http")
    func defaults() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.masterKey.isDevelopment)
        #expect(config.smtp == nil)
        #expect(config.passwordHashCost == 12)
        #expect(!config.usesSecureCookies)
        #expect(config.linkBase == "http://127.0.0.1:8080")
    }

    @Test("an https public address makes cookies Secure and is where emailed links point")
    func publicURL() throws {
        let config = try AppConfig.fromEnvironment([
            "CAREPATH_PUBLIC_URL": "https://carepath.example/",
            "CAREPATH_MASTER_KEY": String(repeating: "ab", count: 32),
            "CAREPATH_PERSON_KEY": String(repeating: "cd", count: 32),
            "CAREPATH_SMTP_URL": "smtps://user:pw@mail.example", "CAREPATH_MAIL_FROM": "Carepath <hi@carepath.example>",
            "CAREPATH_BCRYPT_COST": "11",
        ])
        #expect(config.usesSecureCookies)
        #expect(config.linkBase == "https://carepath.example")
        #expect(!config.masterKey.isDevelopment)
        #expect(config.masterKey.description == "set (hidden)")
        #expect(config.smtp?.port == 465)
        #expect(config.smtp?.fromAddress == "hi@carepath.example")
        #expect(config.passwordHashCost == 11)
    }

    @Test("production (an https address) refuses the published development keys, and passwords over plain SMTP")
    func production() {
        #expect {
            try AppConfig.fromEnvironment([
                "CAREPATH_PUBLIC_URL": "https://carepath.example", "CAREPATH_SMTP_URL": "smtp://u:p@mail.example",
            ])
        } throws: { error in
            let sources = Set((error as? ConfigurationError)?.problems.map(\.source) ?? [])
            return sources == ["CAREPATH_MASTER_KEY", "CAREPATH_PERSON_KEY", "CAREPATH_SMTP_URL"]
        }
    }

    @Test("every bad account setting is reported, naming its variable")
    func invalid() {
        #expect {
            try AppConfig.fromEnvironment([
                "CAREPATH_PUBLIC_URL": "carepath.example", "CAREPATH_MASTER_KEY": "short",
                "CAREPATH_SMTP_URL": "mail.example", "CAREPATH_BCRYPT_COST": "40",
            ])
        } throws: { error in
            let sources = Set((error as? ConfigurationError)?.problems.map(\.source) ?? [])
            return sources == [
                "CAREPATH_PUBLIC_URL", "CAREPATH_MASTER_KEY", "CAREPATH_SMTP_URL", "CAREPATH_BCRYPT_COST",
            ]
        }
    }
}
