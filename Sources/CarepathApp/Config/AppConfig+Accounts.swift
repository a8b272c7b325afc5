import Foundation

extension AppConfig {
    /// Reads the master key, the public address, the mail server and the bcrypt cost.
    static func readAccountSettings(
        _ value: (Variable) -> String?, into config: inout AppConfig, problems: inout [ConfigurationError.Problem]
    ) {
        if let raw = value(.masterKey) {
            if let key = MasterKey(hex: raw) {
                config.masterKey = key
            } else {
                problems.append(
                    .init(
                        source: Variable.masterKey.rawValue,
                        message: "must be 64 hexadecimal characters (32 random bytes)"))
            }
        }
        if let raw = value(.publicURL) {
            if let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil {
                config.publicURL = url
            } else {
                problems.append(
                    .init(source: Variable.publicURL.rawValue, message: "\"\(raw)\" is not an http or https address"))
            }
        }
        if let raw = value(.smtpURL) {
            if let settings = SMTPSettings(url: raw, from: value(.mailFrom) ?? SMTPSettings.defaultFrom) {
                config.smtp = settings
            } else {
                problems.append(
                    .init(
                        source: Variable.smtpURL.rawValue,
                        message:
                            "is not smtps://[user:password@]host[:port], or smtp:// without a password "
                            + "(a password travels only over TLS, except to this machine)"))
            }
        }
        // An https address means real people use this server: the published development keys
        // would let anyone read its secrets.
        if config.usesSecureCookies {
            if config.masterKey.isDevelopment {
                problems.append(
                    .init(
                        source: Variable.masterKey.rawValue,
                        message: "must be set when CAREPATH_PUBLIC_URL is https (production)"))
            }
            if config.personKeySecret.isDevelopment {
                problems.append(
                    .init(
                        source: Variable.personKey.rawValue,
                        message: "must be set when CAREPATH_PUBLIC_URL is https (production)"))
            }
        }
        if let raw = value(.passwordHashCost) {
            if let cost = Int(raw), (4...31).contains(cost) {
                config.passwordHashCost = cost
            } else {
                problems.append(
                    .init(source: Variable.passwordHashCost.rawValue, message: "\"\(raw)\" is not a bcrypt cost (4–31)")
                )
            }
        }
    }
}
