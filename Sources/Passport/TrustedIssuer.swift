import Foundation

/// One organisation on the trust list: who it is, which keys it signs with and when, and which
/// achievements it may issue.
public struct TrustedIssuer: Sendable, Hashable {
    /// The kind of organisation.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A care provider employing the worker.
        case employer
        /// A training provider.
        case trainingProvider = "training-provider"
        /// An NHS trust (identified by its ODS code).
        case nhsTrust = "nhs-trust"
        /// An awarding body for qualifications.
        case awardingBody = "awarding-body"
        /// A local authority.
        case council
    }

    /// One signing key and the window in which credentials it signed are accepted.
    public struct Key: Sendable, Hashable {
        /// The key's DID URL, as in JWS `kid`.
        public var keyID: String
        /// The key.
        public var publicKey: Ed25519PublicKey
        /// The first moment the key may sign.
        public var validFrom: Date
        /// When the key stopped signing (rotated out), or nil while current.
        public var validUntil: Date?

        /// A key entry.
        public init(keyID: String, publicKey: Ed25519PublicKey, validFrom: Date, validUntil: Date? = nil) {
            self.keyID = keyID
            self.publicKey = publicKey
            self.validFrom = validFrom
            self.validUntil = validUntil
        }

        /// Whether a signature made at `signingTime` (the JWT `iat`) falls in the key's window.
        public func covers(_ signingTime: Date) -> Bool {
            signingTime >= validFrom && validUntil.map { signingTime < $0 } ?? true
        }
    }

    /// The issuer's DID.
    public var did: String
    /// The organisation's name, as credentials show it.
    public var name: String
    /// The kind of organisation.
    public var kind: Kind
    /// CQC provider id, for registered providers.
    public var cqcProviderID: String?
    /// CQC location ids.
    public var cqcLocationIDs: [String]
    /// NHS ODS code, for trusts.
    public var odsCode: String?
    /// Catalogue codes the issuer may issue; a trailing `*` matches a prefix (`CSTF-*`).
    public var achievements: [String]
    /// Current and retired keys.
    public var keys: [Key]
    /// `active`, or anything else (e.g. `suspended`) to stop accepting the issuer.
    public var status: String

    /// A trust list entry.
    public init(
        did: String, name: String, kind: Kind, cqcProviderID: String? = nil, cqcLocationIDs: [String] = [],
        odsCode: String? = nil, achievements: [String], keys: [Key], status: String = "active"
    ) {
        self.did = did
        self.name = name
        self.kind = kind
        self.cqcProviderID = cqcProviderID
        self.cqcLocationIDs = cqcLocationIDs
        self.odsCode = odsCode
        self.achievements = achievements
        self.keys = keys
        self.status = status
    }

    /// Whether the issuer is currently accepted at all.
    public var isActive: Bool { status == "active" }

    /// Whether the issuer may issue the catalogue code `code`.
    public func mayIssue(_ code: String) -> Bool {
        achievements.contains { pattern in
            pattern.hasSuffix("*") ? code.hasPrefix(pattern.dropLast()) : code == pattern
        }
    }

    /// The key entry for `keyID`, if listed.
    public func key(_ keyID: String) -> Key? {
        keys.first { $0.keyID == keyID }
    }
}
