import CarepathCore

/// DISABLED, CARECERT, L2CARECERT, RECSOURCE, STARTDATE, STARTINSECT, DHA and APPRENTICE (spec 5.2).
extension StaffRowCheck {
    mutating func checkDisabled() {
        record.disabled = answer("DISABLED", invalid: .disabledInvalid, what: "disability answer")
    }

    mutating func checkCareCertificate() {
        record.careCertificate = answer("CARECERT", invalid: .careCertificateInvalid, what: "Care Certificate answer")
    }

    /// The year may only follow answer 1 ("completed"), and lies between 2024, when the certificate
    /// was introduced, and this year.
    mutating func checkLevel2CareCertificate() {
        let text = row["L2CARECERT"]
        guard !text.isEmpty else { return }
        let parts = Cells.list(text)
        guard let answer = Cells.wholeNumber(parts[0]), isListed(answer, column: "L2CARECERT") else {
            report(
                .level2Invalid, "L2CARECERT",
                "L2CARECERT \(quoted(text)) is not a valid answer and is ignored. Use 1 (completed, optionally "
                    + "1;YYYY with the year), 2 (started) or 3 (no).")
            return
        }
        // As in ASC-WDS, anything after a second `;` is not read.
        let yearText = parts.count > 1 ? parts[1] : ""
        guard answer == 1 else {
            guard yearText.isEmpty else {
                report(
                    answer == 2 ? .level2YearWithStarted : .level2YearWithNo, "L2CARECERT",
                    "L2CARECERT \(quoted(text)) gives a year with answer \(answer), so the whole answer is ignored. "
                        + "Only 1 (completed) can have a year; write \(answer) alone.")
                return
            }
            record.level2CareCertificate = Level2CareCertificate(answer: answer)
            return
        }
        record.level2CareCertificate = Level2CareCertificate(answer: 1)
        guard !yearText.isEmpty else { return }
        let introduced = 2024
        if let year = Cells.wholeNumber(yearText), (introduced...today.year).contains(year) {
            record.level2CareCertificate?.year = year
        } else if let year = Cells.wholeNumber(yearText) {
            report(
                year < introduced ? .level2YearTooEarly : .level2YearFuture, "L2CARECERT",
                "The year in L2CARECERT \(quoted(text)) must be from \(introduced) to \(today.year); the year is "
                    + "ignored and \"completed\" is kept.")
        } else {
            report(
                .level2YearInvalid, "L2CARECERT",
                "The year in L2CARECERT \(quoted(text)) is not a year; it is ignored and \"completed\" is kept. "
                    + "Write 1;YYYY, such as 1;2025.")
        }
    }

    mutating func checkRecruitmentSource() {
        record.recruitmentSource = tableCode(
            "RECSOURCE", list: .recruitmentSources, rule: .recruitmentUnknown, listName: "recruitment-sources.csv")
    }

    /// ASC-WDS checks only the pattern, so an impossible date such as `00/00/2020` raises no warning
    /// (10.5); Carepath cannot store it, and says so in a notice.
    mutating func checkStartDate() {
        let text = row["STARTDATE"]
        guard !text.isEmpty else {
            report(.startMissing, "STARTDATE", "STARTDATE is blank; add the date the worker started in this job role.")
            return
        }
        guard StaffCells.matchesStartDatePattern(text) else {
            report(
                .startFormat, "STARTDATE",
                "STARTDATE \(quoted(text)) is not written as DD/MM/YYYY with two-digit day and month, so it is "
                    + "ignored. Write it like 03/01/2018.")
            return
        }
        guard let date = Cells.date(text, strict: true) else {
            report(
                .startNotRealDate, "STARTDATE",
                "STARTDATE \(quoted(text)) is not a real date; ASC-WDS accepts it, but Carepath cannot store it. "
                    + "Correct the date.")
            return
        }
        let ignored = "STARTDATE \(quoted(text)) is ignored because"
        if date > today {
            report(.startFuture, "STARTDATE", "\(ignored) it is in the future. Give the date the worker started.")
        } else if let birth = birthDateForChecks, date.wholeYears(since: birth) < 14 {
            report(.startUnder14, "STARTDATE", "\(ignored) it is before the worker's 14th birthday (DOB). Check both.")
        } else if let year = StaffCells.fourDigitYear(row["YEAROFENTRY"]),
            let entry = CalendarDate(year: year, month: 1, day: 1), date < entry
        {
            report(
                .startBeforeEntry, "STARTDATE",
                "\(ignored) it is before the year the worker came to the UK (YEAROFENTRY \(year)). Check both.")
        } else {
            record.startDate = date
        }
    }

    mutating func checkStartedInSector() {
        let text = row["STARTINSECT"]
        guard !text.isEmpty else {
            report(
                .sectorMissing, "STARTINSECT",
                "STARTINSECT is blank; add the year the worker started in adult social care, or 999 if not known.")
            return
        }
        if text == "999" {
            record.startedInSector = .dontKnow
            return
        }
        guard let year = StaffCells.fourDigitYear(text) else {
            report(
                .sectorFormat, "STARTINSECT",
                "STARTINSECT \(quoted(text)) is not a four-digit year or 999 (don't know), so it is ignored.")
            return
        }
        if let start = record.startDate, year > start.year {
            report(
                .sectorAfterStart, "STARTINSECT",
                "STARTINSECT \(year) is after the year of STARTDATE, so it is ignored. The worker started in the "
                    + "sector no later than in this job; check both.")
        } else if let birth = birthDateForChecks, birth.year + 14 > year {
            report(
                .sectorUnder14, "STARTINSECT",
                "STARTINSECT \(year) is before the year the worker turned 14 (DOB), so it is ignored. Check both.")
        } else {
            record.startedInSector = .known(year)
        }
    }

    mutating func checkDelegatedHealthcareActivities() {
        record.delegatedHealthcareActivities = answer(
            "DHA", invalid: .delegatedInvalid, what: "delegated healthcare activities answer")
    }

    mutating func checkApprentice() {
        record.apprentice = answer("APPRENTICE", invalid: .apprenticeInvalid, what: "apprenticeship answer")
    }

    /// An optional answer from `small-enumerations.csv`, or a finding (an error or a warning that
    /// drops the value, as the rule says).
    mutating func answer(_ column: String, invalid: StaffRule, what: String) -> Int? {
        switch listedCode(column) {
        case .success(let code): return code
        case .failure:
            let dropped = invalid.severity == .error ? "" : " and is ignored"
            report(
                invalid, column,
                "\(column) \(quoted(row[column])) is not a valid \(what)\(dropped). Use \(allowedCodes(column)), "
                    + "or leave it blank.")
            return nil
        case nil: return nil
        }
    }
}
