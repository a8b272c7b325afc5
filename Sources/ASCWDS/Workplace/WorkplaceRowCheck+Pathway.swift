/// `REPEATTRAINING`, `CWPAWARE`, `CWPUSE` and `CWPUSEDESC` (spec 4.2): warnings only; the offending
/// value is dropped.
extension WorkplaceRowCheck {
    mutating func pathway() {
        let repeatTraining = row["REPEATTRAINING"]
        if context.codes.enumeration(file: "workplace", column: "REPEATTRAINING").contains(repeatTraining) {
            record.repeatTraining = Cells.wholeNumber(repeatTraining)
        } else if !repeatTraining.isEmpty {
            findings.warning(
                code: 2420, rule: "WP-REPEATTRAINING-INCORRECT", column: "REPEATTRAINING",
                "REPEATTRAINING \(WorkplaceCells.quoted(repeatTraining)) is not an answer code, so it was ignored. "
                    + "Enter 1 (always), 2 (very often), 3 (not very often) or 4 (never), or leave it blank.")
        }
        let awareness = row["CWPAWARE"]
        if context.codes[.pathwayAwareness].contains(awareness) {
            record.pathwayAwareness = Cells.wholeNumber(awareness)
        } else if !awareness.isEmpty {
            findings.warning(
                code: 2480, rule: "WP-CWPAWARE-INCORRECT", column: "CWPAWARE",
                "CWPAWARE \(WorkplaceCells.quoted(awareness)) is not a Care Workforce Pathway awareness code, so it "
                    + "was ignored. Use a code from the awareness list (1 to 4, or 999), or leave it blank.")
        }
        record.pathwayUse = pathwayUse()
        pathwayUseDescription()
    }

    /// `CWPUSE` (2490): `use` or `1;reason;reason…`, reasons only with 1 (yes).
    private mutating func pathwayUse() -> WorkplaceRecord.PathwayUse? {
        let cell = row["CWPUSE"]
        guard !cell.isEmpty else { return nil }
        let items = Cells.list(cell)
        guard context.codes.enumeration(file: "workplace", column: "CWPUSE (first element)").contains(items[0]),
            let answer = WorkplaceRecord.Answer(yesNoDontKnow: items[0])
        else {
            findings.warning(
                code: 2490, rule: "WP-CWPUSE-INCORRECT", column: "CWPUSE",
                "CWPUSE \(WorkplaceCells.quoted(cell)) does not start with 1 (yes), 2 (no) or 999 (don't know), so "
                    + "it was ignored. Write the answer first, then any reasons: such as 1;4;5, or 2.")
            return nil
        }
        var reasons: [String] = []
        var seen: Set<String> = []
        for reason in items.dropFirst() where seen.insert(reason).inserted {
            reasons.append(reason)
        }
        guard answer == .yes else {
            if !reasons.isEmpty {
                findings.warning(
                    code: nil, rule: "WP-CWPUSE-REASONS-IGNORED", column: "CWPUSE",
                    "The reasons in CWPUSE \(WorkplaceCells.quoted(cell)) were ignored because the answer is not "
                        + "1 (yes). Give reasons only after 1, such as 1;4;5.")
            }
            return WorkplaceRecord.PathwayUse(answer: answer)
        }
        let table = context.codes[.pathwayUseReasons]
        let invalid = reasons.filter { !table.contains($0) }
        if !invalid.isEmpty {
            findings.warning(
                code: 2490, rule: "WP-CWPUSE-REASON-UNKNOWN", column: "CWPUSE",
                "CWPUSE includes \(invalid.map(WorkplaceCells.quoted).joined(separator: ", ")), which "
                    + "\(invalid.count == 1 ? "is not a reason code" : "are not reason codes") (1 to 10), so "
                    + "\(invalid.count == 1 ? "it was" : "they were") ignored; the other reasons were kept.")
        }
        return WorkplaceRecord.PathwayUse(
            answer: answer, reasons: reasons.filter(table.contains).compactMap { Cells.wholeNumber($0) })
    }

    /// `CWPUSEDESC` (2500): at most 120 characters, and only with a reason that asks for it (10, "for
    /// something else"; `needs_cwpusedesc` in the reasons list).
    private mutating func pathwayUseDescription() {
        let value = row["CWPUSEDESC"]
        guard !value.isEmpty else { return }
        guard WorkplaceCells.length(value) <= 120 else {
            findings.warning(
                code: 2500, rule: "WP-CWPUSEDESC-TOO-LONG", column: "CWPUSEDESC",
                "CWPUSEDESC is \(WorkplaceCells.length(value)) characters long, so it was ignored; it may have at "
                    + "most 120. Shorten it.")
            return
        }
        let table = context.codes[.pathwayUseReasons]
        let asksForText = record.pathwayUse?.reasons.contains {
            table.attribute("needs_cwpusedesc", of: $0)?.hasPrefix("yes") ?? false
        }
        guard asksForText == true else {
            findings.warning(
                code: 2500, rule: "WP-CWPUSEDESC-NOT-NEEDED", column: "CWPUSEDESC",
                "CWPUSEDESC was ignored because CWPUSE does not include reason 10 (for something else). Add 10 to "
                    + "the reasons in CWPUSE (such as 1;10), or clear CWPUSEDESC.")
            return
        }
        record.pathwayUse?.description = value
    }
}
