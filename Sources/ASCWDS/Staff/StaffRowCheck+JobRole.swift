/// MAINJOBROLE, MAINJRDESC, NMCREG, AMHP and CWPCATEGORY (spec 5.2).
///
/// The role-dependent rules compare MAINJOBROLE as written, whether or not the code is known, as
/// ASC-WDS does.
extension StaffRowCheck {
    static let socialWorker = 6
    static let registeredNurse = 16
    /// "Other" job roles, which need a description.
    static let describedRoles: Set<Int> = [23, 27]
    /// ASC-WDS rejects 120 characters or more (10.4).
    static let maximumDescriptionLength = 119

    mutating func checkMainJobRole() {
        let text = row["MAINJOBROLE"]
        guard let code = mainJobRoleNumber else {
            let problem = text.isEmpty ? "MAINJOBROLE is blank" : "MAINJOBROLE \(quoted(text)) is not a job role code"
            report(
                .jobRoleMissing, "MAINJOBROLE",
                "\(problem). Every staff row needs its main job role; use a code from job-roles.csv.")
            return
        }
        guard context.codes[.jobRoles].contains(code) else {
            report(
                .jobRoleUnknown, "MAINJOBROLE",
                "MAINJOBROLE \(code) is not a job role code. Use a code from job-roles.csv.")
            return
        }
        record.mainJobRole = code
    }

    mutating func checkMainJobDescription() {
        let text = row["MAINJRDESC"]
        let needsDescription = mainJobRoleNumber.map(Self.describedRoles.contains) ?? false
        if needsDescription && text.isEmpty {
            report(
                .jobDescriptionMissing, "MAINJRDESC",
                "MAINJRDESC is blank, but MAINJOBROLE \(row["MAINJOBROLE"]) is an \"other\" role that needs a "
                    + "description. Describe the job role.")
        } else if StaffCells.length(text) > Self.maximumDescriptionLength {
            report(
                .jobDescriptionTooLong, "MAINJRDESC",
                "MAINJRDESC is \(StaffCells.length(text)) characters long; it can have at most "
                    + "\(Self.maximumDescriptionLength). Shorten it.")
        } else if !needsDescription && !text.isEmpty {
            report(
                .jobDescriptionIgnored, "MAINJRDESC",
                "MAINJRDESC is ignored: a description is only kept for MAINJOBROLE 23 or 27. Leave it blank.")
        } else if !text.isEmpty {
            record.mainJobDescription = text
        }
    }

    mutating func checkNursingCategory() {
        let text = row["NMCREG"]
        let isNurse = mainJobRoleNumber == Self.registeredNurse
        if isNurse, let code = Cells.wholeNumber(text) {
            guard isListed(code, column: "NMCREG") else {
                report(
                    .nurseInvalid, "NMCREG",
                    "NMCREG \(quoted(text)) is not a nurse category and is ignored. Use \(allowedCodes("NMCREG")).")
                return
            }
            record.nursingCategory = code
        } else if isNurse {
            report(
                .nurseMissing, "NMCREG",
                "NMCREG \(text.isEmpty ? "is blank" : "\(quoted(text)) is not a number"), but MAINJOBROLE 16 "
                    + "(registered nurse) needs the nurse category: \(allowedCodes("NMCREG")).")
        } else if !text.isEmpty {
            report(
                .nurseNotApplicable, "NMCREG",
                "NMCREG \(quoted(text)) is ignored: it is only kept for MAINJOBROLE 16 (registered nurse).")
        }
    }

    mutating func checkMentalHealthProfessional() {
        let text = row["AMHP"]
        guard mainJobRoleNumber == Self.socialWorker else {
            if !text.isEmpty {
                report(
                    .mentalHealthNotApplicable, "AMHP",
                    "AMHP \(quoted(text)) is ignored: it is only kept for MAINJOBROLE 6 (social worker).")
            }
            return
        }
        switch listedCode("AMHP") {
        case .success(let code): record.approvedMentalHealthProfessional = code
        case .failure:
            report(
                .mentalHealthInvalid, "AMHP",
                "AMHP \(quoted(text)) is not a valid answer and is ignored. Use \(allowedCodes("AMHP")).")
        case nil:
            report(
                .mentalHealthMissing, "AMHP",
                "AMHP is blank, but for MAINJOBROLE 6 (social worker) say whether they are an Approved Mental "
                    + "Health Professional: \(allowedCodes("AMHP")).")
        }
    }

    mutating func checkPathwayCategory() {
        let text = row["CWPCATEGORY"]
        guard !text.isEmpty else { return }
        guard let code = Cells.wholeNumber(text), context.codes[.pathwayRoleCategories].contains(code) else {
            report(
                .pathwayInvalid, "CWPCATEGORY",
                "CWPCATEGORY \(quoted(text)) is not a Care Workforce Pathway role category and is ignored. Use a "
                    + "code from care-workforce-pathway-role-categories.csv (1 to 7, 998 or 999).")
            return
        }
        record.careWorkforcePathwayCategory = code
    }
}
