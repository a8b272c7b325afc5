/// NATIONALITY, BRITISHCITIZENSHIP, COUNTRYOFBIRTH, YEAROFENTRY, HANDCVISA and INOUTUK (spec 5.2, 5.6).
extension StaffRowCheck {
    static let british = 826
    static let nationalityDontKnow = 998

    mutating func checkNationality() {
        record.nationality = tableCode(
            "NATIONALITY", list: .nationality, rule: .nationalityUnknown, listName: "nationality.csv")
    }

    mutating func checkCitizenship() {
        let text = row["BRITISHCITIZENSHIP"]
        guard !text.isEmpty else { return }
        if number("NATIONALITY") == Self.british {
            report(
                .citizenshipBritish, "BRITISHCITIZENSHIP",
                "BRITISHCITIZENSHIP \(quoted(text)) is ignored because NATIONALITY is 826 (British). "
                    + "Leave it blank for British nationals.")
            return
        }
        switch listedCode("BRITISHCITIZENSHIP") {
        case .success(let code): record.britishCitizenship = code
        case .failure:
            report(
                .citizenshipInvalid, "BRITISHCITIZENSHIP",
                "BRITISHCITIZENSHIP \(quoted(text)) is not a valid answer. Use \(allowedCodes("BRITISHCITIZENSHIP")).")
        case nil: break
        }
    }

    mutating func checkCountryOfBirth() {
        record.countryOfBirth = tableCode(
            "COUNTRYOFBIRTH", list: .countryOfBirth, rule: .countryUnknown, listName: "country-of-birth.csv")
    }

    mutating func checkYearOfEntry() {
        let text = row["YEAROFENTRY"]
        guard !text.isEmpty else { return }
        guard let year = StaffCells.fourDigitYear(text) else {
            report(.entryFormat, "YEAROFENTRY", "YEAROFENTRY \(quoted(text)) must be a four-digit year, such as 2004.")
            return
        }
        if year > today.year {
            report(
                .entryFuture, "YEAROFENTRY",
                "YEAROFENTRY \(year) is in the future. Give the year the worker came to the UK.")
        } else if let birth = birthDateForChecks, birth.year > year {
            report(
                .entryBeforeBirth, "YEAROFENTRY/DOB", value: text,
                "YEAROFENTRY \(year) is before the year of birth in DOB. Check both columns.")
        } else if row["COUNTRYOFBIRTH"].isEmpty {
            report(
                .entryNoCountry, "YEAROFENTRY/COUNTRYOFBIRTH", value: text,
                "YEAROFENTRY \(year) is ignored because COUNTRYOFBIRTH is blank. Give the country of birth too.")
        } else if number("COUNTRYOFBIRTH") == Self.british {
            report(
                .entryBornInUK, "YEAROFENTRY/COUNTRYOFBIRTH", value: text,
                "YEAROFENTRY \(year) is ignored because COUNTRYOFBIRTH is 826 (United Kingdom). "
                    + "Leave it blank for workers born in the UK.")
        } else {
            record.yearOfEntry = year
        }
    }

    /// Only non-British workers without British citizenship are asked about the Health and Care
    /// visa (spec 5.6).
    var visaQuestionApplies: Bool {
        let nationality = number("NATIONALITY")
        let citizenship = number("BRITISHCITIZENSHIP")
        if let nationality, nationality != Self.british, nationality != Self.nationalityDontKnow, citizenship != 1 {
            return true
        }
        return nationality == Self.nationalityDontKnow && citizenship == 2
    }

    mutating func checkHealthAndCareVisa() {
        let text = row["HANDCVISA"]
        guard !text.isEmpty else { return }
        guard visaQuestionApplies else {
            report(
                .visaNotApplicable, "HANDCVISA",
                "HANDCVISA \(quoted(text)) is ignored: the visa question is only for workers who are not British "
                    + "nationals or citizens (see NATIONALITY and BRITISHCITIZENSHIP). Leave it blank.")
            return
        }
        switch listedCode("HANDCVISA") {
        case .success(let code): record.healthAndCareVisa = code
        case .failure:
            report(
                .visaInvalid, "HANDCVISA",
                "HANDCVISA \(quoted(text)) is not a valid answer and is ignored. Use \(allowedCodes("HANDCVISA")).")
        case nil: break
        }
    }

    mutating func checkRecruitedFromOutsideUK() {
        let text = row["INOUTUK"]
        guard !text.isEmpty else { return }
        guard number("HANDCVISA") == 1, visaQuestionApplies else {
            report(
                .recruitedNotApplicable, "INOUTUK",
                "INOUTUK \(quoted(text)) is ignored: it is only asked when HANDCVISA is 1 (holds a Health and Care "
                    + "Worker visa). Leave it blank.")
            return
        }
        switch listedCode("INOUTUK") {
        case .success(let code): record.recruitedFromOutsideUK = code
        case .failure:
            report(
                .recruitedInvalid, "INOUTUK",
                "INOUTUK \(quoted(text)) is not a valid answer and is ignored. Use \(allowedCodes("INOUTUK")).")
        case nil: break
        }
    }
}
