/// `SERVICEUSERS`, `OTHERUSERDESC`, `DHA` and `DHAACTIVITIES` (spec 4.2).
extension WorkplaceRowCheck {
    /// `SERVICEUSERS` with `OTHERUSERDESC` (1130 / 2130): optional positional lists.
    mutating func serviceUsers() {
        let cell = row["SERVICEUSERS"]
        guard !cell.isEmpty else { return }
        let items = Cells.list(cell)
        let codes = items.compactMap(WorkplaceCells.integer)
        guard codes.count == items.count else {
            findings.warning(
                code: 2130, rule: "WP-SERVICEUSERS-NOT-A-CODE", column: "SERVICEUSERS",
                "SERVICEUSERS \(WorkplaceCells.quoted(cell)) has items that are not service-user codes, so the "
                    + "whole list was ignored. Use whole-number codes separated by ;, such as 1;5.")
            return
        }
        let descriptions = Cells.list(row["OTHERUSERDESC"])
        guard descriptions.count == items.count else {
            findings.error(
                code: 1130, rule: "WP-SERVICEUSERS-COUNT", column: "SERVICEUSERS/OTHERUSERDESC",
                value: "SERVICEUSERS \(cell), OTHERUSERDESC \(row["OTHERUSERDESC"])",
                "OTHERUSERDESC has \(WorkplaceCells.count(descriptions.count, "item")) but SERVICEUSERS has "
                    + "\(items.count). Give one "
                    + "OTHERUSERDESC item per service-user code, empty where there is no description "
                    + "(such as ; for 1;5).")
            return
        }
        noteSpaces("SERVICEUSERS", items)
        let table = context.codes[.serviceUsers]
        var users: [WorkplaceRecord.ServiceUser] = []
        for (position, code) in codes.enumerated() {
            let expectsText = table.attribute("otheruserdesc_expected", of: code) == "yes"
            users.append(WorkplaceRecord.ServiceUser(code: code))
            guard expectsText else { continue }
            let text = WorkplaceCells.trimmedItem(descriptions[position])
            if text.isEmpty {
                findings.warning(
                    code: 2130, rule: "WP-OTHERUSERDESC-MISSING", column: "OTHERUSERDESC",
                    "OTHERUSERDESC item \(position + 1) is empty, but service-user group \(code) is an \"other\" "
                        + "group. Describe the group in that position of OTHERUSERDESC.")
            } else if WorkplaceCells.length(text) > 120 {
                findings.error(
                    code: 1130, rule: "WP-OTHERUSERDESC-TOO-LONG", column: "OTHERUSERDESC",
                    "OTHERUSERDESC item \(position + 1) (for service-user group \(code)) is "
                        + "\(WorkplaceCells.length(text)) characters long; it may have at most 120. Shorten it.")
            } else {
                users[position].description = text
            }
        }
        for code in codes where !table.contains(code) {
            findings.warning(
                code: 1130, rule: "WP-SERVICEUSERS-UNKNOWN", column: "SERVICEUSERS",
                "SERVICEUSERS includes \(code), which is not a service-user code, so it was ignored. "
                    + "Use codes from the service users list.")
        }
        let known = users.filter { table.contains($0.code) }
        record.serviceUsers = known.isEmpty ? nil : known
    }

    /// `DHA` (2510, 2520) and `DHAACTIVITIES` (2530): warnings only; the offending value is dropped.
    mutating func delegatedHealthcare() {
        let value = row["DHA"]
        var answer: WorkplaceRecord.Answer?
        if !value.isEmpty {
            if context.codes.enumeration(file: "workplace", column: "DHA").contains(value) {
                answer = WorkplaceRecord.Answer(yesNoDontKnow: value)
            } else {
                findings.warning(
                    code: 2510, rule: "WP-DHA-INCORRECT", column: "DHA",
                    "DHA \(WorkplaceCells.quoted(value)) is not an answer code, so it was ignored. "
                        + "Enter 1 (yes), 2 (no) or 999 (don't know), or leave it blank.")
            }
        }
        let activities = delegatedActivities()
        if answer != nil, mainServiceAttribute("can_do_delegated_healthcare_activities") == "no" {
            findings.warning(
                code: 2520, rule: "WP-DHA-MAINSERVICE", column: "DHA",
                "DHA was ignored (and DHAACTIVITIES with it) because \(mainServiceDescription) cannot carry out "
                    + "delegated healthcare activities. Leave DHA and DHAACTIVITIES blank for this service.")
            return
        }
        record.delegatedHealthcare = answer
        record.delegatedHealthcareActivities = activities
    }

    /// `DHAACTIVITIES`: `999` (don't know which) or codes, only with `DHA` 1. ASC-WDS ignores a `999`
    /// without DHA 1 silently, and so does Carepath, so both report the same findings.
    private mutating func delegatedActivities() -> WorkplaceRecord.DelegatedActivities? {
        let value = row["DHAACTIVITIES"]
        let dha = row["DHA"]
        if value == "999" {
            return dha == "1" ? .dontKnowWhich : nil
        }
        guard !value.isEmpty else { return nil }
        guard dha == "1" else {
            findings.warning(
                code: 2530, rule: "WP-DHAACTIVITIES-NOT-NEEDED", column: "DHAACTIVITIES",
                "DHAACTIVITIES was ignored because DHA is not 1 (yes). Set DHA to 1 if staff carry out delegated "
                    + "healthcare activities, or clear DHAACTIVITIES.")
            return nil
        }
        let table = context.codes[.delegatedHealthcareActivities]
        let items = Cells.list(value)
        let invalid = items.filter { !table.contains($0) }
        guard invalid.count < items.count else {
            findings.warning(
                code: 2530, rule: "WP-DHAACTIVITIES-ALL-UNKNOWN", column: "DHAACTIVITIES",
                "DHAACTIVITIES \(WorkplaceCells.quoted(value)) has no activity codes, so it was ignored. Use codes "
                    + "from the delegated healthcare activities list separated by ; (such as 1;2), or 999.")
            return nil
        }
        if !invalid.isEmpty {
            findings.warning(
                code: 2530, rule: "WP-DHAACTIVITIES-SOME-UNKNOWN", column: "DHAACTIVITIES",
                "DHAACTIVITIES includes \(invalid.map(WorkplaceCells.quoted).joined(separator: ", ")), which "
                    + "\(invalid.count == 1 ? "is not an activity code" : "are not activity codes"), so "
                    + "\(invalid.count == 1 ? "it was" : "they were") ignored; the other codes were kept. "
                    + "Write the codes without spaces, separated by ;.")
        }
        var codes: [Int] = []
        for item in items where table.contains(item) {
            if let code = Cells.wholeNumber(item), !codes.contains(code) {
                codes.append(code)
            }
        }
        return .activities(codes)
    }
}
