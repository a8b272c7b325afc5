/// `REASONS` and `REASONNOS` (1360, spec 4.4): the legacy reasons for leaving.
extension WorkplaceRowCheck {
    /// Checked only when LEAVERS was accepted with a total above 0 and REASONS is given, as in ASC-WDS.
    /// The reason codes are not checked against any list (none is public).
    mutating func reasonsForLeaving() {
        let reasons = row["REASONS"]
        let numbers = row["REASONNOS"]
        guard !reasons.isEmpty || !numbers.isEmpty, !leaversInError else { return }
        let total = leavers?.total ?? 0
        guard total > 0, !reasons.isEmpty else {
            // ASC-WDS drops these silently; Carepath says the data was not kept.
            let why =
                reasons.isEmpty
                ? "REASONNOS was ignored because REASONS is blank. Give the reason codes in REASONS."
                : "REASONS and REASONNOS were ignored because LEAVERS records no leavers. "
                    + "Give reasons only for leavers counted in LEAVERS."
            findings.warning(
                code: nil, rule: "WP-REASONS-IGNORED", column: "REASONS/REASONNOS",
                value: "REASONS \(reasons), REASONNOS \(numbers)", why)
            return
        }
        let reasonItems = Cells.list(reasons)
        let numberItems = Cells.list(numbers)
        let codes = reasonItems.map(WorkplaceCells.integer)
        let counts = numberItems.map { WorkplaceCells.integer($0).flatMap { $0 >= 0 ? $0 : nil } }
        var valid = true
        if codes.contains(nil) {
            valid = false
            findings.error(
                code: 1360, rule: "WP-REASONS-NOT-A-CODE", column: "REASONS",
                "REASONS \(WorkplaceCells.quoted(reasons)) has items that are not reason codes. Use whole-number "
                    + "codes separated by ;, such as 1;3.")
        }
        if counts.contains(nil) {
            valid = false
            findings.error(
                code: 1360, rule: "WP-REASONNOS-VALUE", column: "REASONNOS",
                "REASONNOS \(WorkplaceCells.quoted(numbers)) must be whole numbers of 0 or more, one per reason in "
                    + "REASONS.")
        }
        if reasonItems.count != numberItems.count {
            valid = false
            findings.error(
                code: 1360, rule: "WP-REASONS-COUNT", column: "REASONS/REASONNOS",
                value: "REASONS \(reasons), REASONNOS \(numbers)",
                "REASONS has \(WorkplaceCells.count(reasonItems.count, "item")) but REASONNOS has "
                    + "\(numberItems.count). Give one count "
                    + "in REASONNOS per reason in REASONS.")
        }
        let sum = counts.compactMap { $0 }.reduce(0, +)
        if !counts.contains(nil), sum != total {
            valid = false
            findings.error(
                code: 1360, rule: "WP-REASONNOS-TOTAL", column: "REASONNOS/LEAVERS",
                value: "REASONNOS \(numbers), LEAVERS \(row["LEAVERS"])",
                "REASONNOS adds up to \(sum) but LEAVERS adds up to \(total). Every leaver needs exactly one "
                    + "reason, so make the two totals equal.")
        }
        guard valid else { return }
        noteSpaces("REASONS", reasonItems)
        noteSpaces("REASONNOS", numberItems)
        record.reasonsForLeaving = zip(codes, counts).compactMap { code, count in
            code.flatMap { code in count.map { WorkplaceRecord.ReasonForLeaving(reason: code, leavers: $0) } }
        }
    }
}
