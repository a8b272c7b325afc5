/// `TOTALPERMTEMP`, `ALLJOBROLES`, `STARTERS`, `LEAVERS` and `VACANCIES` (spec 4.2, 4.4).
extension WorkplaceRowCheck {
    /// The three measures, in the order ASC-WDS checks them, with their codes.
    private static let measures = [("VACANCIES", 1300), ("STARTERS", 1310), ("LEAVERS", 1320)]

    /// `TOTALPERMTEMP` (1200): required whole number 0–999; 0 only for a head office.
    mutating func totalStaff() {
        let value = row["TOTALPERMTEMP"]
        guard !value.isEmpty else {
            findings.error(
                code: 1200, rule: "WP-TOTALPERMTEMP-BLANK", column: "TOTALPERMTEMP",
                "TOTALPERMTEMP is blank. Enter the total number of staff of every contract type (0 to 999).")
            return
        }
        guard let total = Cells.wholeNumber(value), (0...999).contains(total) else {
            findings.error(
                code: 1200, rule: "WP-TOTALPERMTEMP-RANGE", column: "TOTALPERMTEMP",
                "TOTALPERMTEMP \(WorkplaceCells.quoted(value)) is not a whole number from 0 to 999. Enter the "
                    + "total number of staff without decimals; if it really is more than 999, contact support.")
            return
        }
        if total == 0, let mainService, mainService != Self.headOffice {
            findings.error(
                code: 1200, rule: "WP-TOTALPERMTEMP-ZERO", column: "TOTALPERMTEMP",
                "TOTALPERMTEMP is 0, but only a head office (main service 72) may have no staff. Enter the number "
                    + "of staff of \(mainServiceDescription).")
            return
        }
        record.totalStaff = total
    }

    /// `ALLJOBROLES` (1280, 2180) and the three measures aligned with it (1300, 1310, 1320).
    mutating func jobRoles() {
        let cell = row["ALLJOBROLES"]
        guard !cell.isEmpty else {
            measuresWithoutJobRoles()
            return
        }
        let items = Cells.list(cell)
        let roles = items.compactMap(WorkplaceCells.integer)
        var aligned = true
        if roles.count != items.count {
            aligned = false
            findings.error(
                code: 1280, rule: "WP-ALLJOBROLES-NOT-A-CODE", column: "ALLJOBROLES",
                "ALLJOBROLES \(WorkplaceCells.quoted(cell)) has items that are not job-role codes. Use whole-number "
                    + "codes separated by ;, such as 4;8.")
        } else {
            noteSpaces("ALLJOBROLES", items)
            for role in roles where !context.codes[.jobRoles].contains(role) {
                findings.error(
                    code: 1280, rule: "WP-ALLJOBROLES-UNKNOWN", column: "ALLJOBROLES",
                    "ALLJOBROLES includes \(role), which is not a job-role code. Use codes from the job roles list.")
            }
        }
        var accepted: [String: WorkplaceRecord.JobRoleMeasure] = [:]
        for (column, code) in Self.measures {
            if let measure = measure(column, code: code, roles: aligned ? roles : nil) {
                accepted[column] = measure
            } else if column == "LEAVERS" {
                leaversInError = true
            }
        }
        if let vacancies = accepted["VACANCIES"] {
            accepted["VACANCIES"] = withoutRegisteredManagerVacancy(vacancies, roles: roles)
        }
        guard aligned else { return }
        record.jobRoles = roles
        record.vacancies = accepted["VACANCIES"]
        record.starters = accepted["STARTERS"]
        record.leavers = accepted["LEAVERS"]
        leavers = accepted["LEAVERS"]
    }

    /// One measure with ALLJOBROLES given: the single value `999`, or one whole number 0–999 per job
    /// role (a blank cell fails). `roles` is `nil` when ALLJOBROLES is not a list of codes.
    private mutating func measure(_ column: String, code: Int, roles: [Int]?) -> WorkplaceRecord.JobRoleMeasure? {
        let cell = row[column]
        let items = Cells.list(cell)
        let dontKnow = cell == "999"
        var valid = true
        if let roles, !dontKnow, items.count != roles.count {
            valid = false
            findings.error(
                code: code, rule: "WP-\(column)-COUNT", column: "ALLJOBROLES/\(column)",
                value: "ALLJOBROLES \(row["ALLJOBROLES"]), \(column) \(cell)",
                "\(column) has \(WorkplaceCells.count(items.count, "item")) but ALLJOBROLES has "
                    + "\(WorkplaceCells.count(roles.count, "job role")). Give one count "
                    + "per job role (0 where there are none), or the single value 999 if you do not know.")
        }
        let counts = items.map(WorkplaceCells.integer)
        if counts.contains(where: { $0.map { !(0...999).contains($0) } ?? true }) {
            valid = false
            findings.error(
                code: code, rule: "WP-\(column)-VALUE", column: column,
                "\(column) \(WorkplaceCells.quoted(cell)) must be whole numbers from 0 to 999, one per job role "
                    + "and none of them blank. Enter 0 for a job role with none.")
        }
        guard valid, roles != nil else { return nil }
        noteSpaces(column, items)
        return dontKnow ? .dontKnow : .from(counts.compactMap { $0 })
    }

    /// A registered-manager vacancy where REGTYPE is not 2 is meant to be ignored (2180); ASC-WDS
    /// means to drop it but a typo keeps it, Carepath drops it (count 0).
    private mutating func withoutRegisteredManagerVacancy(
        _ vacancies: WorkplaceRecord.JobRoleMeasure, roles: [Int]
    ) -> WorkplaceRecord.JobRoleMeasure {
        guard case .counts(var counts) = vacancies, Cells.wholeNumber(row["REGTYPE"]) != 2 else { return vacancies }
        let positions = roles.indices.filter { roles[$0] == Self.registeredManager && counts[$0] > 0 }
        guard !positions.isEmpty else { return vacancies }
        findings.warning(
            code: 2180, rule: "WP-VACANCIES-REGISTERED-MANAGER", column: "ALLJOBROLES/VACANCIES",
            value: "ALLJOBROLES \(row["ALLJOBROLES"]), VACANCIES \(row["VACANCIES"])",
            "The registered-manager vacancy (job role 4) was ignored because REGTYPE is not 2: only a "
                + "CQC-regulated workplace has a registered manager. Set that VACANCIES item to 0, or set REGTYPE "
                + "to 2 if the workplace is regulated.")
        for position in positions {
            counts[position] = 0
        }
        return .from(counts)
    }

    /// With ALLJOBROLES blank each measure may be blank, all zeros ("none") or `999` ("don't know");
    /// a positive count needs its job role (1280). Anything else is dropped: ASC-WDS ignores it
    /// silently, Carepath says so (no ASC-WDS code).
    private mutating func measuresWithoutJobRoles() {
        let positive = Self.measures.map(\.0).filter { column in
            Cells.list(row[column]).contains { WorkplaceCells.integer($0).map { $0 > 0 && $0 != 999 } ?? false }
        }
        if !positive.isEmpty {
            findings.error(
                code: 1280, rule: "WP-ALLJOBROLES-REQUIRED", column: "ALLJOBROLES",
                "ALLJOBROLES is blank, but \(positive.joined(separator: " and ")) \(positive.count == 1 ? "has" : "have") "
                    + "counts above 0. List the job roles in ALLJOBROLES (such as 4;8) with one count per job role.")
        }
        var accepted: [String: WorkplaceRecord.JobRoleMeasure] = [:]
        for (column, _) in Self.measures where !positive.contains(column) {
            let cell = row[column]
            let items = Cells.list(cell)
            if cell.isEmpty {
                continue
            } else if cell == "999" {
                accepted[column] = .dontKnow
            } else if items.allSatisfy({ WorkplaceCells.integer($0) == 0 }) {
                accepted[column] = .noneReported
            } else {
                findings.warning(
                    code: nil, rule: "WP-\(column)-IGNORED", column: column,
                    "\(column) \(WorkplaceCells.quoted(cell)) was ignored: without ALLJOBROLES it may only be 0 "
                        + "(none), 999 (don't know) or blank. List the job roles in ALLJOBROLES to give counts.")
            }
        }
        leaversInError = positive.contains("LEAVERS")
        record.vacancies = accepted["VACANCIES"]
        record.starters = accepted["STARTERS"]
        record.leavers = accepted["LEAVERS"]
        leavers = accepted["LEAVERS"]
    }
}
