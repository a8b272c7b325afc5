/// `SICKPAY`, `PENSION`, `ACTUALCONT`, `OPTOUTPEN`, `HOLIDAY`, `SLEEPINS`, `SLEEPINPAY`,
/// `TRAVELTIME` and `TTDIFFRATE` (spec 4.2): warnings only; the offending value is dropped.
extension WorkplaceRowCheck {
    mutating func pay() {
        record.sickPay = oneZeroUnknown("SICKPAY", code: 2450, question: "pays more than Statutory Sick Pay")
        record.pension = oneZeroUnknown("PENSION", code: 2460, question: "pays more than the 3% pension minimum")
        pensionContribution()
        record.staffOptedOutOfPension = yesNoDontKnowAnswer("OPTOUTPEN", code: 2550)
        holiday()
        sleepIns()
        travelTime()
    }

    /// `SICKPAY` / `PENSION`: `1`, `0`, `unknown` in any case, or blank.
    private mutating func oneZeroUnknown(_ column: String, code: Int, question: String) -> WorkplaceRecord.Answer? {
        let value = row[column]
        guard !value.isEmpty else { return nil }
        guard context.codes.enumeration(file: "workplace", column: column).contains(value.lowercased()),
            let answer = WorkplaceRecord.Answer(oneZeroUnknown: value)
        else {
            findings.warning(
                code: code, rule: "WP-\(column)-INCORRECT", column: column,
                "\(column) \(WorkplaceCells.quoted(value)) is not an answer code, so it was ignored. Enter 1 if the "
                    + "workplace \(question), 0 if not, or unknown, or leave it blank.")
            return nil
        }
        return answer
    }

    /// `OPTOUTPEN` / `SLEEPINS`: `1`, `2`, `999` or blank.
    mutating func yesNoDontKnowAnswer(_ column: String, code: Int) -> WorkplaceRecord.Answer? {
        let value = row[column]
        guard !value.isEmpty else { return nil }
        guard context.codes.enumeration(file: "workplace", column: column).contains(value),
            let answer = WorkplaceRecord.Answer(yesNoDontKnow: value)
        else {
            findings.warning(
                code: code, rule: "WP-\(column)-INCORRECT", column: column,
                "\(column) \(WorkplaceCells.quoted(value)) is not an answer code, so it was ignored. "
                    + "Enter 1 (yes), 2 (no) or 999 (don't know), or leave it blank.")
            return nil
        }
        return answer
    }

    /// `ACTUALCONT` (2541, 2540): only with PENSION 1; more than 3 and at most 100, rounded to 2 places.
    private mutating func pensionContribution() {
        let value = row["ACTUALCONT"]
        guard !value.isEmpty else { return }
        guard record.pension == .yes else {
            findings.warning(
                code: 2541, rule: "WP-ACTUALCONT-NOT-NEEDED", column: "ACTUALCONT",
                "ACTUALCONT was ignored because PENSION is not 1: the percentage is only asked when the workplace "
                    + "pays more than the 3% minimum. Set PENSION to 1, or clear ACTUALCONT.")
            return
        }
        guard let basisPoints = WorkplaceCells.hundredths(value), basisPoints > 300, basisPoints <= 10_000 else {
            findings.warning(
                code: 2540, rule: "WP-ACTUALCONT-RANGE", column: "ACTUALCONT",
                "ACTUALCONT \(WorkplaceCells.quoted(value)) was ignored: it must be a percentage above 3 and at most "
                    + "100, written as a number without a % sign, such as 4.5.")
            return
        }
        record.pensionContributionBasisPoints = basisPoints
    }

    /// `HOLIDAY` (2470): digits only. ASC-WDS's own export may write `unknown`, which it then rejects.
    private mutating func holiday() {
        let value = row["HOLIDAY"]
        guard !value.isEmpty else { return }
        guard value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let days = Cells.wholeNumber(value) else {
            findings.warning(
                code: 2470, rule: "WP-HOLIDAY-INCORRECT", column: "HOLIDAY",
                "HOLIDAY \(WorkplaceCells.quoted(value)) was ignored: it must be a whole number of days (digits "
                    + "only), such as 28. Leave it blank if you do not know.")
            return
        }
        record.holidayDays = days
    }
}
