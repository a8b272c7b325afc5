import Foundation
import Identity
import Vapor

/// The common-password list bundled with the app (`Resources/Accounts`, from zxcvbn; see its
/// ATTRIBUTION.md), read once at start-up.
enum PasswordPolicyFile {
    static func load() throws -> PasswordPolicy {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Accounts/common-passwords.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return PasswordPolicy(commonPasswords: Set(text.split(whereSeparator: \.isNewline).map(String.init)))
    }
}

extension Application {
    private struct PasswordPolicyKey: StorageKey {
        typealias Value = PasswordPolicy
    }

    /// What is wrong with `password` as a new password for the person with this email and name,
    /// in words for them, or `nil`.
    func passwordProblem(_ password: String, email: String, name: String) -> String? {
        let personal = [String(email.split(separator: "@").first ?? ""), name]
        return passwordPolicy.problems(in: password, personalWords: personal).first?.message
    }

    /// The password rules, with the common-password list loaded by ``configure(_:config:)``.
    var passwordPolicy: PasswordPolicy {
        get { storage[PasswordPolicyKey.self] ?? PasswordPolicy() }
        set { storage[PasswordPolicyKey.self] = newValue }
    }
}
