/// The `achievement` a credential awards, and the credential `name` shown in wallets.
public struct Achievement: Sendable, Hashable {
    /// One framework the achievement maps to (OB `Alignment`).
    public struct Alignment: Sendable, Hashable {
        /// e.g. `Core Skills Training Framework: Fire Safety`.
        public var targetName: String
        /// The framework's page.
        public var targetURL: String
        /// e.g. `CSTF`.
        public var targetFramework: String?
        /// The framework's own code, e.g. `FIRE-L1`.
        public var targetCode: String?

        /// An alignment.
        public init(targetName: String, targetURL: String, targetFramework: String? = nil, targetCode: String? = nil) {
            self.targetName = targetName
            self.targetURL = targetURL
            self.targetFramework = targetFramework
            self.targetCode = targetCode
        }
    }

    /// The catalogue code (`humanCode`), which the trust list's allowed achievements match.
    public var code: String
    /// The achievement's stable URL, `<base URL>/catalogue/<code>`.
    public var id: String
    /// OB `achievementType`: a standard value or `ext:…`.
    public var achievementType: String
    /// The achievement's name, e.g. `Fire Safety`.
    public var name: String
    /// A short description.
    public var description: String
    /// What the learner did to earn it (`criteria.narrative`).
    public var criteriaNarrative: String
    /// Framework alignments.
    public var alignments: [Alignment]
    /// The credential's display name, e.g. `Fire Safety (CSTF Level 1)`.
    public var credentialName: String
    /// Months until refresher training is due; nil for once-only achievements.
    public var refreshMonths: Int?

    /// An achievement.
    public init(
        code: String, id: String, achievementType: String, name: String, description: String,
        criteriaNarrative: String, alignments: [Alignment], credentialName: String, refreshMonths: Int?
    ) {
        self.code = code
        self.id = id
        self.achievementType = achievementType
        self.name = name
        self.description = description
        self.criteriaNarrative = criteriaNarrative
        self.alignments = alignments
        self.credentialName = credentialName
        self.refreshMonths = refreshMonths
    }

    /// The achievement as OB JSON, in the member order of the spec's example.
    public var json: JSONObject {
        var object: JSONObject = [
            "id": .string(id),
            "type": ["Achievement"],
            "achievementType": .string(achievementType),
            "name": .string(name),
            "description": .string(description),
            "criteria": ["narrative": .string(criteriaNarrative)],
            "humanCode": .string(code),
        ]
        if !alignments.isEmpty {
            object["alignment"] = .array(
                alignments.map { alignment in
                    var entry: JSONObject = [
                        "type": ["Alignment"], "targetName": .string(alignment.targetName),
                        "targetUrl": .string(alignment.targetURL),
                    ]
                    if let framework = alignment.targetFramework { entry["targetFramework"] = .string(framework) }
                    if let code = alignment.targetCode { entry["targetCode"] = .string(code) }
                    return .object(entry)
                })
        }
        return object
    }
}
