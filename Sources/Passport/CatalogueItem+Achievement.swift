import Foundation

extension CatalogueItem {
    /// Long names for framework abbreviations, for alignment names and descriptions.
    static let frameworkNames = ["CSTF": "Core Skills Training Framework"]

    /// The achievement this row describes, with wording derived from the row. `baseURL` is Carepath's
    /// public address (no trailing slash). Callers may replace the description and narrative with
    /// hand-written text; everything else should stay as derived.
    public func achievement(baseURL: String) -> Achievement {
        let frameworkName = Self.frameworkNames[framework] ?? framework
        let levelPhrase = level.isEmpty ? "" : (Int(level) != nil ? "level \(level)" : level)
        return Achievement(
            code: code,
            id: "\(baseURL)/catalogue/\(code)",
            achievementType: achievementType,
            name: title,
            description: "\(title) training aligned to the \(frameworkName)"
                + (levelPhrase.isEmpty ? "." : ", \(levelPhrase)."),
            criteriaNarrative: "Completed the \(framework) \(title)" + (levelPhrase.isEmpty ? "" : " \(levelPhrase)")
                + " learning outcomes and assessment.",
            alignments: [alignment(frameworkName: frameworkName)],
            credentialName: credentialName,
            refreshMonths: refreshMonths)
    }

    /// `Certificate` for once-only certificates (Care Certificate, Level 2 ASC Certificate),
    /// `Certification` for renewable certificates (HSE first aid), `CertificateOfCompletion` for the rest.
    var achievementType: String {
        if refreshMonths == nil { return "Certificate" }
        if framework == "HSE" { return "Certification" }
        return "CertificateOfCompletion"
    }

    /// Title plus framework and level, e.g. `Fire Safety (CSTF Level 1)`.
    var credentialName: String {
        if level.isEmpty {
            return title.contains(framework) ? title : "\(title) (\(framework))"
        }
        return Int(level) != nil ? "\(title) (\(framework) Level \(level))" : "\(title) (\(framework), \(level))"
    }

    private func alignment(frameworkName: String) -> Achievement.Alignment {
        // The framework's own code drops Carepath's framework prefix: CSTF-FIRE-L1 → FIRE-L1.
        let prefix = framework + "-"
        let targetCode = code.hasPrefix(prefix) ? String(code.dropFirst(prefix.count)) : code
        return Achievement.Alignment(
            targetName: "\(frameworkName): \(title)", targetURL: siteURL, targetFramework: framework,
            targetCode: targetCode)
    }

    /// The home page of the first source, e.g. `https://www.skillsforhealth.org.uk/`.
    private var siteURL: String {
        guard let source = sources.first, let url = URL(string: source), let scheme = url.scheme, let host = url.host
        else { return sources.first ?? "" }
        return "\(scheme)://\(host)/"
    }
}
