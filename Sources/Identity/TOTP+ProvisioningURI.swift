extension TOTP {
    /// The `otpauth://` key URI that a QR code carries to an authenticator app, in the format Google
    /// Authenticator defined and other apps follow:
    /// `otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`.
    ///
    /// The issuer appears both in the label and as a parameter because older apps read only one of
    /// them. Both parts of the label are percent-encoded, `:` included, so a colon inside an issuer
    /// or account cannot be mistaken for the separator.
    public func provisioningURI(issuer: String, account: String) -> String {
        let label = PercentEncoding.encode(issuer) + ":" + PercentEncoding.encode(account)
        let parameters = [
            ("secret", Base32.encode(secret)),
            ("issuer", PercentEncoding.encode(issuer)),
            ("algorithm", algorithm.rawValue),
            ("digits", String(digits)),
            ("period", String(period)),
        ]
        let query = parameters.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        return "otpauth://totp/\(label)?\(query)"
    }
}
