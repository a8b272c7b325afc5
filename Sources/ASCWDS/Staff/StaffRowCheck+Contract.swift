/// EMPLSTATUS, ZEROHRCONT, DAYSSICK, CONTHOURS and AVGHOURS (spec 5.2, 5.7).
extension StaffRowCheck {
    /// The "don't know" value of the numeric columns, in halves (999 × 2).
    static let dontKnowHalves = 1998
    static let maximumWeeklyHours = HalfSteps(whole: 75)

    mutating func checkEmploymentStatus() {
        let text = row["EMPLSTATUS"]
        // ASC-WDS reads 0 as "not supplied", like a blank.
        guard let code = Cells.wholeNumber(text), code != 0 else {
            let problem = text.isEmpty ? "EMPLSTATUS is blank" : "EMPLSTATUS \(quoted(text)) is not a contract code"
            report(
                .employmentMissing, "EMPLSTATUS",
                "\(problem). Every staff row needs its contract type: use a code from employment-status.csv "
                    + "(1 permanent, 2 temporary, 3 pool/bank, 4 agency, 7 other).")
            return
        }
        guard context.codes[.employmentStatus].contains(code) else {
            report(
                .employmentUnknown, "EMPLSTATUS",
                "EMPLSTATUS \(code) is not a contract code. Use a code from employment-status.csv "
                    + "(1 permanent, 2 temporary, 3 pool/bank, 4 agency, 7 other).")
            return
        }
        record.employmentStatus = code
    }

    /// Which hours column the contract uses, from `employment-status.csv`: permanent and temporary
    /// staff have contracted hours, pool/bank, agency and other staff average hours.
    private func hoursColumn(_ employment: Int?) -> String? {
        guard let employment else { return nil }
        let column = context.codes[.employmentStatus].attribute("contracted_hours_column", of: employment)
        return column.map { $0.hasPrefix("CONTHOURS") ? "CONTHOURS" : "AVGHOURS" }
    }

    mutating func checkZeroHoursContract() {
        let text = row["ZEROHRCONT"]
        let code = Cells.wholeNumber(text)
        // ASC-WDS compares CONTHOURS as parseFloat reads it, so "20abc" counts as 20 here.
        let hours = StaffCells.leadingNumber(row["CONTHOURS"])
        let both = "ZEROHRCONT=\(text), CONTHOURS=\(row["CONTHOURS"])"
        if let hours, hours > 0, text.isEmpty {
            report(
                .zeroHoursUnanswered, "ZEROHRCONT",
                "ZEROHRCONT is blank but CONTHOURS gives contracted hours. Say whether the worker is on a "
                    + "zero-hours contract: 1 yes, 2 no, 999 don't know.")
        } else if !text.isEmpty, code.map({ !isListed($0, column: "ZEROHRCONT") }) ?? true {
            report(
                .zeroHoursInvalid, "ZEROHRCONT",
                "ZEROHRCONT \(quoted(text)) is not a valid answer. Use \(allowedCodes("ZEROHRCONT")).")
        } else if let hours, hours > 0, code == 1 || code == 999 {
            report(
                .zeroHoursWithHours, "CONTHOURS/ZEROHRCONT", value: both,
                "CONTHOURS gives contracted hours but ZEROHRCONT is \(text) (\(code == 1 ? "yes" : "don't know")). "
                    + "For a zero-hours contract leave CONTHOURS blank and give AVGHOURS; otherwise set ZEROHRCONT to 2."
            )
        } else if hours == 0, code == 2 {
            report(
                .zeroHoursNotZero, "CONTHOURS/ZEROHRCONT", value: both,
                "CONTHOURS is 0 but ZEROHRCONT is 2 (not a zero-hours contract), so ZEROHRCONT is ignored. "
                    + "Give the contracted hours, or set ZEROHRCONT to 1 and leave CONTHOURS blank.")
        } else {
            record.zeroHoursContract = code
        }
    }

    /// Compared by value (10.3): `2.50` is 2.5 days, `2.05` is not a half-day step.
    mutating func checkDaysSick() {
        let text = row["DAYSSICK"]
        guard !text.isEmpty else { return }
        let fix = "Give 0 to 366 days in whole or half days (such as 2.5), or 999 if not known."
        switch StaffCells.halfStepValue(text) {
        case .success(let days) where days.halves == Self.dontKnowHalves || days <= HalfSteps(whole: 366):
            record.daysSick = Self.knownOrDontKnow(days)
        case .success:
            report(.daysSickInvalid, "DAYSSICK", "DAYSSICK \(quoted(text)) is above 366 and is ignored. \(fix)")
        case .failure:
            report(
                .daysSickInvalid, "DAYSSICK",
                "DAYSSICK \(quoted(text)) is not a whole or half day and is ignored. \(fix)")
        case nil:
            report(.daysSickInvalid, "DAYSSICK", "DAYSSICK \(quoted(text)) is not a number and is ignored. \(fix)")
        }
    }

    mutating func checkContractedHours() {
        let text = row["CONTHOURS"]
        guard !text.isEmpty else { return }
        let ignored = "CONTHOURS \(quoted(text)) is ignored"
        if number("ZEROHRCONT") == 1 {
            report(
                .contractedZeroHours, "CONTHOURS",
                "\(ignored) because ZEROHRCONT is 1 (zero-hours contract). Give the hours in AVGHOURS instead.")
        } else if let employment = number("EMPLSTATUS"), hoursColumn(employment) == "AVGHOURS" {
            report(
                .contractedNotEmployed, "CONTHOURS",
                "\(ignored) because EMPLSTATUS \(employment) (pool/bank, agency or other) has no contracted hours. "
                    + "Give the hours in AVGHOURS instead.")
        } else if let hours = weeklyHours("CONTHOURS", invalid: .contractedInvalid, range: .contractedRange) {
            record.contractedHours = hours
        }
    }

    mutating func checkAverageHours() {
        let text = row["AVGHOURS"]
        guard !text.isEmpty else { return }
        if number("ZEROHRCONT") != 1, let employment = number("EMPLSTATUS"), hoursColumn(employment) == "CONTHOURS" {
            report(
                .averageEmployed, "AVGHOURS",
                "AVGHOURS \(quoted(text)) is ignored because EMPLSTATUS \(employment) (permanent or temporary) "
                    + "without a zero-hours contract uses CONTHOURS. Give the hours there instead.")
        } else if let hours = weeklyHours("AVGHOURS", invalid: .averageInvalid, range: .averageRange) {
            record.averageHours = hours
        }
    }

    /// Weekly hours: 0 to 75 in half hours, written with at most one decimal (`37.5`), or 999.
    private mutating func weeklyHours(
        _ column: String, invalid: StaffRule, range: StaffRule
    ) -> KnownOrDontKnow<HalfSteps>? {
        let text = row[column]
        let fix = "Give 0 to 75 hours a week in whole or half hours (such as 37.5), or 999 if not known."
        guard let hours = StaffCells.hours(text) else {
            report(invalid, column, "\(column) \(quoted(text)) is not a number of hours and is ignored. \(fix)")
            return nil
        }
        if hours.halves == Self.dontKnowHalves { return .dontKnow }
        guard hours <= Self.maximumWeeklyHours else {
            report(range, column, "\(column) \(quoted(text)) is above 75 and is ignored. \(fix)")
            return nil
        }
        return .known(hours)
    }

    /// A DAYSSICK value, where 999 means "don't know".
    static func knownOrDontKnow(_ value: HalfSteps) -> KnownOrDontKnow<HalfSteps> {
        value.halves == dontKnowHalves ? .dontKnow : .known(value)
    }
}
