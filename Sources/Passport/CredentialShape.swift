import Foundation

/// The OB 3.0 `AchievementCredential` JSON Schema's required members and types, checked in Swift (no
/// schema library): `@context`, `id`, `type`, `issuer`, `validFrom`, `credentialSubject` and its
/// `achievement`, optional members' types, `credentialStatus` as one object with `id` and `type`. The
/// Python external check runs the real schema; these checks are the subset a verifier must not skip.
enum CredentialShape {
    static let contextV2 = "https://www.w3.org/ns/credentials/v2"

    /// Every problem found, in document order; empty when the shape is right.
    static func problems(in credential: JSONObject) -> [String] {
        var problems = ShapeProblems()
        checkContext(credential["@context"], into: &problems)
        problems.requireString(credential["id"], "id")
        problems.requireTypes(credential["type"], "type", containing: ["VerifiableCredential"])
        problems.requireTypes(
            credential["type"], "type", containingOneOf: ["AchievementCredential", "OpenBadgeCredential"])
        problems.optionalString(credential["name"], "name")
        problems.optionalString(credential["description"], "description")
        checkIssuer(credential["issuer"], into: &problems)
        problems.requireDateTime(credential["validFrom"], "validFrom")
        problems.optionalDateTime(credential["validUntil"], "validUntil")
        problems.optionalDateTime(credential["awardedDate"], "awardedDate")
        if let from = credential["validFrom"]?.stringValue.flatMap(Timestamp.parse),
            let until = credential["validUntil"]?.stringValue.flatMap(Timestamp.parse), until < from
        {
            problems.add("validUntil is before validFrom")
        }
        SubjectShape.check(credential["credentialSubject"], into: &problems)
        problems.optionalArray(credential["credentialSchema"], "credentialSchema") { entry, name, problems in
            problems.requireObject(entry, name) { object, problems in
                problems.requireString(object["id"], "\(name).id")
                problems.requireString(object["type"], "\(name).type")
            }
        }
        if let status = credential["credentialStatus"] {
            problems.requireObject(status, "credentialStatus") { object, problems in
                problems.requireString(object["id"], "credentialStatus.id")
                problems.requireString(object["type"], "credentialStatus.type")
            }
        }
        for name in ["evidence", "endorsement", "proof", "termsOfUse"] {
            problems.optionalArray(credential[name], name) { _, _, _ in }
        }
        problems.optionalImage(credential["image"], "image")
        return problems.list
    }

    private static func checkContext(_ value: JSONValue?, into problems: inout ShapeProblems) {
        guard let contexts = value?.arrayValue, contexts.count >= 2 else {
            problems.add("@context must be an array of at least two items")
            return
        }
        if contexts[0].stringValue != contextV2 { problems.add("@context must start with \(contextV2)") }
        if !(contexts[1].stringValue.map(isOpenBadgesContext) ?? false) {
            problems.add("the second @context must be the Open Badges 3.0 context")
        }
        for extra in contexts.dropFirst(2) where extra.stringValue == nil && extra.objectValue == nil {
            problems.add("@context items must be URLs or objects")
        }
    }

    /// `^https://purl.imsglobal.org/spec/ob/v3p0/context(-3.\d.\d)*.json$`.
    static func isOpenBadgesContext(_ url: String) -> Bool {
        let prefix = "https://purl.imsglobal.org/spec/ob/v3p0/context"
        guard url.hasPrefix(prefix), url.hasSuffix(".json") else { return false }
        var middle = Array(url.dropFirst(prefix.count).dropLast(".json".count).utf8)
        // Each repetition is exactly "-3.<digit>.<digit>".
        while !middle.isEmpty {
            guard middle.count >= 6, Array(middle[0..<3]) == Array("-3.".utf8), isDigit(middle[3]),
                middle[4] == UInt8(ascii: "."), isDigit(middle[5])
            else { return false }
            middle.removeFirst(6)
        }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func checkIssuer(_ value: JSONValue?, into problems: inout ShapeProblems) {
        guard let value else { return problems.add("issuer is required") }
        if value.stringValue != nil { return }
        problems.requireObject(value, "issuer") { profile, problems in
            ProfileShape.check(profile, "issuer", into: &problems)
        }
    }

    /// Whether a string is an OB extensible enumeration value: listed, or matching the schema's unanchored
    /// `(ext:)[a-z|A-Z|0-9|.|-|_]+` (the class holds letters, digits, `|`, `.` and `_`).
    static func isExtensibleValue(_ value: String, standard: Set<String>) -> Bool {
        if standard.contains(value) { return true }
        let bytes = Array(value.utf8)
        let marker = Array("ext:".utf8)
        guard bytes.count > marker.count else { return false }
        for start in 0...(bytes.count - marker.count - 1) where Array(bytes[start..<(start + 4)]) == marker {
            let next = bytes[start + 4]
            let isLetterOrDigit =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next) || isDigit(next)
            if isLetterOrDigit || next == UInt8(ascii: "|") || next == UInt8(ascii: ".") || next == UInt8(ascii: "_") {
                return true
            }
        }
        return false
    }
}

/// A Profile's members (issuer, creator, source).
enum ProfileShape {
    static func check(_ profile: JSONObject, _ name: String, into problems: inout ShapeProblems) {
        problems.requireString(profile["id"], "\(name).id")
        problems.requireTypes(profile["type"], "\(name).type", containing: ["Profile"])
        for member in ["name", "url", "email", "phone", "description"] {
            problems.optionalString(profile[member], "\(name).\(member)")
        }
        problems.optionalImage(profile["image"], "\(name).image")
    }
}
