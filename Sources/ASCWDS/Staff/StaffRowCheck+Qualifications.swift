/// QUALACHnn with QUALACHnnNOTES, SCQUAL and NONSCQUAL (spec 5.2, 5.8).
extension StaffRowCheck {
    /// Job roles that are regulated professions, which should give a social-care qualification level.
    static let regulatedRoles: Set<Int> = [6, 15, 16]
    static let highestQualificationAnswers = "SCQUAL / NONSCQUAL (first element)"
    static let maximumNotesLength = 120

    /// Every pair the header has. From `QUALACH04` on ASC-WDS drops its findings; Carepath reports
    /// them without a code and with the same severities (10.8).
    mutating func checkQualifications() {
        for pair in 1...max(1, row.header.qualificationPairs) {
            if let qualification = checkQualification(pair: pair) { record.qualifications.append(qualification) }
        }
    }

    private mutating func checkQualification(pair: Int) -> AchievedQualification? {
        let (column, notesColumn) = HeaderLayout.qualificationColumns(pair)
        let text = row[column]
        guard !text.isEmpty else { return nil }
        let codes = StaffRule.qualificationCodes(pair: pair)
        func coded(_ rule: StaffRule, _ code: Int?) -> StaffRule {
            StaffRule(rule.id, code, rule.severity)
        }
        // As in ASC-WDS, anything after a second `;` is not read.
        let parts = Cells.list(text)
        var qualification: Int?
        if let code = Cells.wholeNumber(parts[0]) {
            if context.codes[.qualifications].contains(code) {
                qualification = code
            } else {
                report(
                    coded(.qualificationUnknown, codes?.code), column,
                    "\(column) \(quoted(text)): \(code) is not a qualification code in qualifications.csv. "
                        + "Use a code from that list.")
            }
        } else {
            report(
                coded(.qualificationCodeInvalid, codes?.code), column,
                "\(column) \(quoted(text)) must start with a qualification code, written code;year such as 132;2012.")
        }
        let yearText = parts.count > 1 ? parts[1] : ""
        var year: Int?
        let earliest = today.year - 100
        if yearText.isEmpty {
            report(
                coded(.qualificationYearMissing, codes?.year), column,
                "\(column) \(quoted(text)) has no year achieved; add it as code;year, such as 132;2012.")
        } else if let value = Cells.wholeNumber(yearText), String(value) == yearText {
            if (earliest...today.year).contains(value) {
                year = value
            } else {
                report(
                    coded(.qualificationYearRange, codes?.year), column,
                    "The year in \(column) \(quoted(text)) must be from \(earliest) to \(today.year).")
            }
        } else {
            report(
                coded(.qualificationYearInvalid, codes?.year), column,
                "The year in \(column) \(quoted(text)) is not a year. Write code;year, such as 132;2012.")
        }
        let notes = row[notesColumn]
        var keptNotes: String?
        if StaffCells.length(notes) > Self.maximumNotesLength {
            report(
                coded(.qualificationNotesTooLong, codes?.notes), notesColumn,
                "\(notesColumn) is \(StaffCells.length(notes)) characters long, over the \(Self.maximumNotesLength) "
                    + "allowed, so the notes are ignored. Shorten them.")
        } else if !notes.isEmpty {
            keptNotes = notes
        }
        return qualification.map { AchievedQualification(pair: pair, code: $0, year: year, notes: keptNotes) }
    }

    mutating func checkSocialCareQualification() {
        let text = row["SCQUAL"]
        guard !text.isEmpty else {
            report(
                .socialCareMissing, "SCQUAL",
                "SCQUAL is blank. Say whether the worker holds a social care qualification: 1;level (such as "
                    + "1;3), 2 (no) or 999 (don't know).")
            return
        }
        let parts = Cells.list(text)
        guard let answer = Cells.wholeNumber(parts[0]), isListed(answer, column: Self.highestQualificationAnswers)
        else {
            report(
                .socialCareInvalid, "SCQUAL",
                "SCQUAL \(quoted(text)) is not a valid answer. Use 1;level (such as 1;3), 2 or 999.")
            return
        }
        guard answer == 1 else {
            record.socialCareQualification = HighestQualification(answer: answer)
            return
        }
        let levelText = parts.count > 1 ? parts[1] : ""
        guard let level = Cells.wholeNumber(levelText) else {
            report(
                .socialCareLevelMissing, "SCQUAL",
                "SCQUAL \(quoted(text)) says yes but gives no level. Write 1;level with a code from "
                    + "qualification-levels.csv, such as 1;3.")
            if let role = mainJobRoleNumber, Self.regulatedRoles.contains(role) {
                report(
                    .socialCareLevelRegulated, "SCQUAL",
                    "MAINJOBROLE \(role) is a regulated profession, so SCQUAL should give the level of the social "
                        + "care qualification, such as 1;6.")
            }
            return
        }
        record.socialCareQualification = HighestQualification(answer: 1, level: checkedLevel(level, column: "SCQUAL"))
    }

    mutating func checkOtherQualification() {
        let text = row["NONSCQUAL"]
        guard !text.isEmpty else { return }
        let parts = Cells.list(text)
        guard let answer = Cells.wholeNumber(parts[0]), isListed(answer, column: Self.highestQualificationAnswers)
        else {
            report(
                .otherQualificationInvalid, "NONSCQUAL",
                "NONSCQUAL \(quoted(text)) is not a valid answer. Use 1;level (such as 1;6), 1, 2 or 999.")
            return
        }
        guard answer == 1 else {
            record.otherQualification = HighestQualification(answer: answer)
            return
        }
        let levelText = parts.count > 1 ? parts[1] : ""
        // A bare 1 means "yes, level not known", which ASC-WDS stores as level 999.
        guard !levelText.isEmpty else {
            record.otherQualification = HighestQualification(answer: 1, level: 999)
            return
        }
        let level = Cells.wholeNumber(levelText).flatMap { checkedLevel($0, column: "NONSCQUAL") }
        if Cells.wholeNumber(levelText) == nil { reportUnknownLevel(column: "NONSCQUAL") }
        record.otherQualification = HighestQualification(answer: 1, level: level)
    }

    /// A level from `qualification-levels.csv`, or `nil` with a warning (the "yes" answer is kept).
    private mutating func checkedLevel(_ level: Int, column: String) -> Int? {
        guard context.codes[.qualificationLevels].contains(level) else {
            reportUnknownLevel(column: column)
            return nil
        }
        return level
    }

    private mutating func reportUnknownLevel(column: String) {
        report(
            column == "SCQUAL" ? .socialCareLevelUnknown : .otherQualificationLevelUnknown, column,
            "The level in \(column) \(quoted(row[column])) is not a code in qualification-levels.csv, so the "
                + "level is ignored and the \"yes\" answer kept. Use a level from 0 to 8, or 999.")
    }
}
