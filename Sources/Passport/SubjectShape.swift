/// The OB 3.0 `AchievementSubject` and `Achievement` shape.
enum SubjectShape {
    static let achievementTypes: Set<String> = [
        "Achievement", "ApprenticeshipCertificate", "Assessment", "Assignment", "AssociateDegree", "Award", "Badge",
        "BachelorDegree", "Certificate", "CertificateOfCompletion", "Certification", "CommunityService", "Competency",
        "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree", "Fieldwork", "GeneralEducationDevelopment",
        "JourneymanCertificate", "LearningProgram", "License", "Membership", "ProfessionalDoctorate",
        "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential", "ResearchDoctorate",
        "SecondarySchoolDiploma",
    ]
    static let identifierTypes: Set<String> = [
        "name", "sourcedId", "systemId", "productId", "userName", "accountId", "emailAddress",
        "nationalIdentityNumber", "isbn", "issn", "lisSourcedId", "oneRosterSourcedId", "sisSourcedId",
        "ltiContextId", "ltiDeploymentId", "ltiToolId", "ltiPlatformId", "ltiUserId", "identifier",
    ]

    static func check(_ value: JSONValue?, into problems: inout ShapeProblems) {
        guard let value else { return problems.add("credentialSubject is required") }
        problems.requireObject(value, "credentialSubject") { subject, problems in
            problems.requireTypes(subject["type"], "credentialSubject.type", containing: ["AchievementSubject"])
            problems.optionalString(subject["id"], "credentialSubject.id")
            let identifiers = subject["identifier"]?.arrayValue ?? []
            if subject["id"] == nil, identifiers.isEmpty {
                problems.add("credentialSubject needs an id or at least one identifier")
            }
            problems.optionalArray(subject["identifier"], "credentialSubject.identifier") { entry, name, problems in
                problems.requireObject(entry, name) { object, problems in checkIdentity(object, name, &problems) }
            }
            for member in ["activityStartDate", "activityEndDate"] {
                problems.optionalDateTime(subject[member], "credentialSubject.\(member)")
            }
            problems.optionalArray(subject["result"], "credentialSubject.result") { entry, name, problems in
                problems.requireObject(entry, name) { object, problems in
                    problems.requireTypes(object["type"], "\(name).type", containing: ["Result"])
                }
            }
            guard let achievement = subject["achievement"] else {
                return problems.add("credentialSubject.achievement is required")
            }
            problems.requireObject(achievement, "achievement") { object, problems in
                checkAchievement(object, into: &problems)
            }
        }
    }

    private static func checkIdentity(_ object: JSONObject, _ name: String, _ problems: inout ShapeProblems) {
        if object["type"]?.stringValue != "IdentityObject" { problems.add("\(name).type must be IdentityObject") }
        if object["hashed"]?.boolValue == nil { problems.add("\(name).hashed must be true or false") }
        problems.requireString(object["identityHash"], "\(name).identityHash")
        let type = object["identityType"]?.stringValue ?? ""
        if !CredentialShape.isExtensibleValue(type, standard: identifierTypes) {
            problems.add("\(name).identityType is not a known type or ext: value")
        }
        let allowed: Set = ["type", "hashed", "identityHash", "identityType", "salt"]
        if object.keys.contains(where: { !allowed.contains($0) }) { problems.add("\(name) has unknown members") }
    }

    private static func checkAchievement(_ achievement: JSONObject, into problems: inout ShapeProblems) {
        problems.requireString(achievement["id"], "achievement.id")
        problems.requireTypes(achievement["type"], "achievement.type", containing: ["Achievement"])
        problems.requireString(achievement["name"], "achievement.name")
        problems.requireString(achievement["description"], "achievement.description")
        if let criteria = achievement["criteria"] {
            problems.requireObject(criteria, "achievement.criteria") { object, problems in
                problems.optionalString(object["id"], "achievement.criteria.id")
                problems.optionalString(object["narrative"], "achievement.criteria.narrative")
            }
        } else {
            problems.add("achievement.criteria is required")
        }
        if let type = achievement["achievementType"],
            !(type.stringValue.map { CredentialShape.isExtensibleValue($0, standard: achievementTypes) } ?? false)
        {
            problems.add("achievement.achievementType must be a standard value or start with ext:")
        }
        for member in ["humanCode", "fieldOfStudy", "specialization", "version"] {
            problems.optionalString(achievement[member], "achievement.\(member)")
        }
        problems.optionalArray(achievement["alignment"], "achievement.alignment") { entry, name, problems in
            problems.requireObject(entry, name) { object, problems in
                problems.requireTypes(object["type"], "\(name).type", containing: ["Alignment"])
                problems.requireString(object["targetName"], "\(name).targetName")
                problems.requireString(object["targetUrl"], "\(name).targetUrl")
                for member in ["targetCode", "targetDescription", "targetFramework"] {
                    problems.optionalString(object[member], "\(name).\(member)")
                }
            }
        }
        if let creator = achievement["creator"] {
            problems.requireObject(creator, "achievement.creator") { object, problems in
                ProfileShape.check(object, "achievement.creator", into: &problems)
            }
        }
        problems.optionalImage(achievement["image"], "achievement.image")
    }
}
