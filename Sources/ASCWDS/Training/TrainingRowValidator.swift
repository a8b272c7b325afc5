import CarepathCore

/// The outcome of validating one Training file row.
public struct TrainingRowValidation: Sendable {
    /// Every finding of the row, in column order except that VALIDITY follows the two dates it is
    /// checked against. Every finding is kept: the Training file has no per-code reduction.
    public var findings: [Finding]
    /// The record to store, or `nil` when the row has any error.
    public var record: TrainingRecord?

    public init(findings: [Finding], record: TrainingRecord?) {
        self.findings = findings
        self.record = record
    }
}

/// Validates one Training file row on its own (spec 6.1 and 6.2).
///
/// Rules that need the Workplace or Staff file (spec 6.3) are in ``TrainingCrossFileRules``.
/// Carepath deviations: `VALIDITY` accepts `none` in any letter case (10.23), and a row with the
/// wrong number of cells gets the column-count finding (10.16).
public struct TrainingRowValidator: Sendable {
    public let context: ValidationContext

    public init(context: ValidationContext) {
        self.context = context
    }

    /// Checks every rule of spec 6.2 and, when no error is found, builds the record.
    public func validate(_ row: UploadRow) -> TrainingRowValidation {
        let columnCount = row.columnCountFinding()
        // Cells are misaligned when the count is wrong, so every other finding would be noise.
        if let columnCount, columnCount.severity == .error {
            return TrainingRowValidation(findings: [columnCount], record: nil)
        }
        var check = TrainingRowCheck(row: row, context: context)
        let workplace = check.reference("LOCALESTID", code: 1000, what: "workplace reference")
        let worker = check.reference("UNIQUEWORKERID", code: 1010, what: "staff reference")
        let category = check.category()
        let name = check.text("TRAININGNAME", code: 1040, maximum: 120, what: "training name")
        let accredited = check.accredited()
        let deliveredBy: TrainingRecord.Deliverer? = check.code(
            "WHODELIVERED", code: 1080, meanings: "1 (in-house staff) or 2 (external provider)")
        let providerCode = check.provider(deliveredBy: deliveredBy)
        let deliveryMode: TrainingRecord.DeliveryMode? = check.code(
            "HOWDELIVERED", code: 1100, meanings: "1 (face to face) or 2 (e-learning)")
        let completed = check.completionDate()
        let expiry = check.expiryDate(completed: completed)
        let validity = check.validity(completed: completed, expiry: expiry)
        let notes = check.text("NOTES", code: 1070, maximum: 1000, what: "notes")

        let findings = (columnCount.map { [$0] } ?? []) + check.findings.findings
        guard !check.findings.hasErrors, let workplace, let worker, let category else {
            return TrainingRowValidation(findings: findings, record: nil)
        }
        let record = TrainingRecord(
            workplaceReference: workplace, workerReference: worker, category: category, name: name,
            accredited: accredited, deliveredBy: deliveredBy, providerCode: providerCode, deliveryMode: deliveryMode,
            validity: validity.validity, completed: completed, expiry: validity.derivedExpiry ?? expiry,
            expiryIsDerived: validity.derivedExpiry != nil, notes: notes)
        return TrainingRowValidation(findings: findings, record: record)
    }
}

/// The rule checks of one row. Each method records its findings and returns the accepted value, or
/// `nil` when the cell is blank or in error.
struct TrainingRowCheck {
    let row: UploadRow
    let context: ValidationContext
    var findings: RowFindings

    init(row: UploadRow, context: ValidationContext) {
        self.row = row
        self.context = context
        self.findings = RowFindings(row: row)
    }

    /// `LOCALESTID` (1000) and `UNIQUEWORKERID` (1010): required, at most 50 characters.
    mutating func reference(_ column: String, code: Int, what: String) -> String? {
        let value = row[column]
        // A reference of only non-breaking or other odd spaces would match as an empty key.
        if Cells.reference(value).isEmpty {
            findings.error(
                code: code, rule: "TR-\(column)-MISSING", column: column,
                "\(column) is blank. Every training row needs the \(what) it belongs to; "
                    + "enter it exactly as in the \(column == "LOCALESTID" ? "Workplace" : "Staff") file.")
            return nil
        }
        guard Cells.length(value) <= 50 else {
            findings.error(
                code: code, rule: "TR-\(column)-LENGTH", column: column,
                "\(column) \"\(value)\" is \(Cells.length(value)) characters long; the Training file accepts at most 50. "
                    + "Use the \(what) exactly as in the \(column == "LOCALESTID" ? "Workplace" : "Staff") file.")
            return nil
        }
        return value
    }

    /// `TRAININGNAME` (1040, 120) and `NOTES` (1070, 1000): optional free text with a length limit.
    mutating func text(_ column: String, code: Int, maximum: Int, what: String) -> String? {
        let value = row[column]
        guard !value.isEmpty else { return nil }
        guard Cells.length(value) <= maximum else {
            findings.error(
                code: code, rule: "TR-\(column)-LENGTH", column: column,
                "\(column) is \(Cells.length(value)) characters long; the \(what) may have at most \(maximum). "
                    + "Shorten it.")
            return nil
        }
        return value
    }

    /// `CATEGORY` (1050): required code from `training-categories.csv`.
    mutating func category() -> Int? {
        let value = row["CATEGORY"]
        guard !value.isEmpty else {
            findings.error(
                code: 1050, rule: "TR-CATEGORY-MISSING", column: "CATEGORY",
                "CATEGORY is blank. Enter the training category code from the training categories list.")
            return nil
        }
        guard let code = Cells.wholeNumber(value), context.codes[.trainingCategories].contains(code) else {
            findings.error(
                code: 1050, rule: "TR-CATEGORY-UNKNOWN", column: "CATEGORY",
                "CATEGORY \"\(value)\" is not a training category code. "
                    + "Enter a code from the training categories list.")
            return nil
        }
        return code
    }

    /// `ACCREDITED` (1060): optional `1`, `0` or `999`, read as a whole number as ASC-WDS does.
    mutating func accredited() -> TrainingRecord.Accreditation? {
        let value = row["ACCREDITED"]
        guard !value.isEmpty else { return nil }
        let allowed = context.codes.enumeration(file: "training", column: "ACCREDITED")
        guard let number = Cells.wholeNumber(value), allowed.contains(String(number)),
            let accredited = TrainingRecord.Accreditation(rawValue: number)
        else {
            findings.error(
                code: 1060, rule: "TR-ACCREDITED-CODE", column: "ACCREDITED",
                "ACCREDITED \"\(value)\" is not valid. Enter 1 (yes), 0 (no) or 999 (don't know), "
                    + "or leave it blank.")
            return nil
        }
        return accredited
    }

    /// `WHODELIVERED` (1080) and `HOWDELIVERED` (1100): optional `1` or `2`. ASC-WDS looks these up
    /// as written, so `01` is not accepted.
    mutating func code<Value: RawRepresentable<Int>>(_ column: String, code: Int, meanings: String) -> Value? {
        let value = row[column]
        guard !value.isEmpty else { return nil }
        let allowed = context.codes.enumeration(file: "training", column: column)
        guard allowed.contains(value), let number = Int(value), let result = Value(rawValue: number) else {
            findings.error(
                code: code, rule: "TR-\(column)-CODE", column: column,
                "\(column) \"\(value)\" is not valid. Enter \(meanings), or leave it blank.")
            return nil
        }
        return result
    }

    /// `PROVIDERNAME`: ignored (2090) unless delivered by an external provider, else a code from
    /// `training-providers.csv` (1090).
    mutating func provider(deliveredBy: TrainingRecord.Deliverer?) -> Int? {
        let value = row["PROVIDERNAME"]
        guard !value.isEmpty else { return nil }
        guard deliveredBy == .externalProvider else {
            let who = row["WHODELIVERED"]
            findings.warning(
                code: 2090, rule: "TR-PROVIDERNAME-IGNORED", column: "WHODELIVERED/PROVIDERNAME",
                value: "WHODELIVERED (\(who)) - PROVIDERNAME (\(value))",
                "PROVIDERNAME \"\(value)\" is ignored because WHODELIVERED is "
                    + (who.isEmpty ? "blank" : "\"\(who)\"") + ", not 2 (external provider). "
                    + "Set WHODELIVERED to 2 to keep the provider, or clear PROVIDERNAME.")
            return nil
        }
        guard let code = Cells.wholeNumber(value), context.codes[.trainingProviders].contains(code) else {
            findings.error(
                code: 1090, rule: "TR-PROVIDERNAME-CODE", column: "PROVIDERNAME",
                "PROVIDERNAME \"\(value)\" is not a training provider code. Enter a code from the training "
                    + "providers list, or 999 for a provider that is not listed.")
            return nil
        }
        return code
    }
}
