/// SALARYINT, SALARY and HOURLYRATE (spec 5.2, 5.7): one pay column, chosen by the interval.
extension StaffRowCheck {
    static let seniorManagement = 1

    mutating func checkPayInterval() {
        let text = row["SALARYINT"]
        guard !text.isEmpty else { return }
        guard let code = Cells.wholeNumber(text), isListed(code, column: "SALARYINT"),
            let interval = PayInterval(rawValue: code)
        else {
            report(
                .payIntervalInvalid, "SALARYINT",
                "SALARYINT \(quoted(text)) is not a pay interval. Use 1 (annual salary in SALARY), 3 (hourly rate "
                    + "in HOURLYRATE) or 999 (don't know).")
            return
        }
        record.payInterval = interval
    }

    /// A pay value without a matching interval is an error, unless SALARYINT itself already is one.
    private var payIntervalIsWrong: Bool {
        findings.findings.contains { $0.rule == StaffRule.payIntervalInvalid.id }
    }

    mutating func checkSalary() {
        let text = row["SALARY"]
        guard !text.isEmpty else { return }
        let maximum = mainJobRoleNumber == Self.seniorManagement ? 250_000 : 200_000
        switch record.payInterval {
        case .annual:
            guard let pounds = Cells.wholeNumber(text), (500...maximum).contains(pounds) else {
                let forRole = maximum == 250_000 ? " for senior management (MAINJOBROLE 1)" : ""
                report(
                    .salaryRange, "SALARY",
                    "SALARY \(quoted(text)) must be an annual salary from 500 to \(maximum) whole pounds\(forRole), "
                        + "without £, commas or pence.")
                return
            }
            record.annualSalaryPounds = pounds
        case .dontKnow:
            report(
                .salaryIgnored, "SALARY",
                "SALARY \(quoted(text)) is ignored because SALARYINT is 999 (don't know). Set SALARYINT to 1 to "
                    + "keep it, or leave SALARY blank.")
        case .hourly, nil:
            guard !payIntervalIsWrong else { return }
            report(
                .salaryInterval, "SALARYINT/SALARY", value: "SALARYINT=\(row["SALARYINT"]), SALARY=\(text)",
                "SALARY is given but SALARYINT is \(row["SALARYINT"].isEmpty ? "blank" : row["SALARYINT"]). "
                    + "An annual salary needs SALARYINT 1; for hourly pay use HOURLYRATE with SALARYINT 3.")
        }
    }

    mutating func checkHourlyRate() {
        let text = row["HOURLYRATE"]
        guard !text.isEmpty else { return }
        switch record.payInterval {
        case .hourly:
            guard let pence = StaffCells.pence(text) else {
                report(
                    .hourlyRateFormat, "HOURLYRATE",
                    "HOURLYRATE \(quoted(text)) is not an hourly rate. Write pounds with at most two decimals, "
                        + "such as 11.44, without £.")
                return
            }
            record.hourlyRatePence = pence
        case .dontKnow:
            report(
                .hourlyRateIgnored, "HOURLYRATE",
                "HOURLYRATE \(quoted(text)) is ignored because SALARYINT is 999 (don't know). Set SALARYINT to 3 "
                    + "to keep it, or leave HOURLYRATE blank.")
        case .annual, nil:
            guard !payIntervalIsWrong else { return }
            report(
                .hourlyRateInterval, "SALARYINT/HOURLYRATE", value: "SALARYINT=\(row["SALARYINT"]), HOURLYRATE=\(text)",
                "HOURLYRATE is given but SALARYINT is \(row["SALARYINT"].isEmpty ? "blank" : row["SALARYINT"]). "
                    + "An hourly rate needs SALARYINT 3; for an annual salary use SALARY with SALARYINT 1.")
        }
    }
}
