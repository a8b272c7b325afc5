import Foundation
import Passport
import Vapor

/// Where this Carepath publishes passport documents, and the seals for the keys it keeps.
struct PassportSettings: Sendable {
    /// Carepath's public address, no trailing slash: the start of status-list and catalogue URLs.
    var baseURL: String
    /// The host (with any port) that `did:web` names use.
    var host: String
    var masterKey: MasterKey

    init(baseURL: String, masterKey: MasterKey) {
        self.baseURL = baseURL
        let url = URL(string: baseURL)
        self.host = (url?.host ?? "localhost") + (url?.port.map { ":\($0)" } ?? "")
        self.masterKey = masterKey
    }

    /// The platform issuer's DID, `did:web:<host>`, whose document is `/.well-known/did.json`.
    var platformDID: String { "did:web:" + host.replacingOccurrences(of: ":", with: "%3A") }

    /// Seals issuers' signing keys.
    var issuerKeyBox: SecretBox { SecretBox(masterKey: masterKey, purpose: "passport-issuer-key") }
    /// Seals the secrets of share links.
    var shareLinkBox: SecretBox { SecretBox(masterKey: masterKey, purpose: "passport-share-link") }
    /// Seals workers' holder keys.
    var walletKeyBox: SecretBox { SecretBox(masterKey: masterKey, purpose: "passport-wallet-key") }
}

extension Application {
    /// The passport settings that follow from the configuration.
    var passportSettings: PassportSettings {
        PassportSettings(baseURL: carepathConfig.linkBase, masterKey: carepathConfig.masterKey)
    }
}
