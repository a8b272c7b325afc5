import CarepathCore

/// NINUMBER, POSTCODE, DOB, GENDER and ETHNICITY (spec 5.2, 5.6).
extension StaffRowCheck {
    mutating func checkNationalInsuranceNumber(_ stored: StoredStaffIdentity) {
        guard let text = resolvingAdmin("NINUMBER", stored) else {
            record.keepsStoredNationalInsuranceNumber = true
            return
        }
        guard !text.isEmpty else { return }
        guard let normalised = StaffCells.nationalInsuranceNumber(text) else {
            report(
                .niFormat, "NINUMBER", value: Self.withheld,
                "NINUMBER is not a National Insurance number. Write two letters, six digits and an optional final "
                    + "letter, such as QQ123456C (spaces between them are fine), or leave the cell blank.")
            return
        }
        record.nationalInsuranceNumber = normalised
    }

    mutating func checkHomePostcode() {
        let text = row["POSTCODE"]
        guard !text.isEmpty else {
            report(
                .postcodeMissing, "POSTCODE", "POSTCODE (the worker's home postcode) is blank; add it if you know it.")
            return
        }
        guard let postcode = StaffCells.homePostcode(text) else {
            report(
                .postcodeFormat, "POSTCODE",
                "POSTCODE \(quoted(text)) is not written as a postcode. Write the outward code, exactly one space "
                    + "and the inward code, such as LS1 4AP.")
            return
        }
        record.homePostcode = postcode
    }

    /// ASC-WDS accepts ages from 14 up to, but not including, 100 on the validation day.
    mutating func checkDateOfBirth(_ stored: StoredStaffIdentity) {
        guard let text = resolvingAdmin("DOB", stored) else {
            record.keepsStoredDateOfBirth = true
            return
        }
        guard !text.isEmpty else {
            report(.birthMissing, "DOB", "DOB (date of birth) is blank; add it as DD/MM/YYYY if you know it.")
            return
        }
        guard let date = Cells.date(text, strict: false) else {
            report(
                .birthFormat, "DOB", value: Self.withheld,
                "DOB is not a real date written as DD/MM/YYYY, so it is ignored. Correct the date of birth.")
            return
        }
        birthDateForChecks = date
        guard date > today.adding(months: -100 * 12), date <= today.adding(months: -14 * 12) else {
            report(
                .birthAge, "DOB", value: Self.withheld,
                "DOB gives an age outside 14 to 100 years today, so it is ignored. Check the date of birth.")
            return
        }
        record.dateOfBirth = date
    }

    /// The cell with `Admin` resolved as ASC-WDS does (spec 5.6); `nil` means "keep the stored value",
    /// when the caller did not look the worker up.
    private func resolvingAdmin(_ column: String, _ stored: StoredStaffIdentity) -> String? {
        let text = row[column]
        guard text.lowercased() == "admin" else { return text }
        switch stored {
        case .stored(let nationalInsuranceNumber, let dateOfBirth):
            return column == "DOB" ? dateOfBirth?.ukFormat ?? "" : nationalInsuranceNumber ?? ""
        case .notStored:
            return ""
        case .notLookedUp:
            // A NEW worker cannot have stored values (else STATUS is wrong, 1040, raised elsewhere).
            return RecordStatus(cell: row["STATUS"]) == .new ? "" : nil
        }
    }

    mutating func checkGender() {
        switch listedCode("GENDER") {
        case .success(let code): record.gender = code
        case .failure:
            report(
                .genderUnknown, "GENDER",
                "GENDER \(quoted(row["GENDER"])) is not a gender code. Use \(allowedCodes("GENDER")), or leave it blank."
            )
        case nil: break
        }
    }

    mutating func checkEthnicity() {
        record.ethnicity = tableCode(
            "ETHNICITY", list: .ethnicity, rule: .ethnicityUnknown, listName: "ethnicity.csv")
    }

    /// An optional code from one of the `ascwds-codes` tables, or a finding.
    mutating func tableCode(_ column: String, list: CodeLists.List, rule: StaffRule, listName: String) -> Int? {
        let text = row[column]
        guard !text.isEmpty else { return nil }
        guard let code = Cells.wholeNumber(text) else {
            report(rule, column, "\(column) \(quoted(text)) must be a whole-number code from \(listName).")
            return nil
        }
        guard context.codes[list].contains(code) else {
            report(rule, column, "\(column) \(code) is not a code in \(listName). Use a code from that list.")
            return nil
        }
        return code
    }
}
