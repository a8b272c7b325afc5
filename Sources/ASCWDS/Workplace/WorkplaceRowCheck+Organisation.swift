/// `ESTTYPE`, `OTHERTYPE`, `PERMCQC`, `PERMLA`, `MAINSERVICE`, `REGTYPE`, `PROVNUM` and
/// `LOCATIONID` (spec 4.2).
extension WorkplaceRowCheck {
    /// `ESTTYPE` (1070) and `OTHERTYPE` (2070 / 1070).
    mutating func employerType() {
        let value = row["ESTTYPE"]
        let types = context.codes[.establishmentTypes]
        let accepted = WorkplaceCells.alternatives(types.codes.filter { types.attribute("accepted", of: $0) == "yes" })
        var code: Int?
        if value.isEmpty {
            findings.error(
                code: 1070, rule: "WP-ESTTYPE-BLANK", column: "ESTTYPE",
                "ESTTYPE is blank. Enter the employer type: \(accepted) (8 = other, described in OTHERTYPE).")
        } else if let number = Cells.wholeNumber(value), types.contains(number) {
            code = number
            if types.attribute("accepted", of: number) == "yes" {
                record.employerType = number
            } else {
                findings.error(
                    code: 1070, rule: "WP-ESTTYPE-UNKNOWN", column: "ESTTYPE",
                    "ESTTYPE \(number) is not an employer type ASC-WDS can store. Use \(accepted) "
                        + "(8 = other, described in OTHERTYPE).")
            }
        } else {
            findings.error(
                code: 1070, rule: "WP-ESTTYPE-INCORRECT", column: "ESTTYPE",
                "ESTTYPE \(WorkplaceCells.quoted(value)) is not an employer type code. Use \(accepted).")
        }
        otherType(employerType: code)
    }

    private mutating func otherType(employerType: Int?) {
        let value = row["OTHERTYPE"]
        let other = 8
        if employerType == other {
            if value.isEmpty {
                findings.warning(
                    code: 2070, rule: "WP-OTHERTYPE-MISSING", column: "OTHERTYPE",
                    "OTHERTYPE is blank although ESTTYPE is 8 (other). Describe the employer type in OTHERTYPE.")
            } else if WorkplaceCells.length(value) > 240 {
                findings.error(
                    code: 1070, rule: "WP-OTHERTYPE-TOO-LONG", column: "OTHERTYPE",
                    "OTHERTYPE is \(WorkplaceCells.length(value)) characters long; it may have at most 240. "
                        + "Shorten it.")
            } else {
                record.employerTypeOther = value
            }
        } else if !value.isEmpty {
            findings.warning(
                code: 2070, rule: "WP-OTHERTYPE-NOT-NEEDED", column: "OTHERTYPE",
                "OTHERTYPE is only used when ESTTYPE is 8 (other), so \(WorkplaceCells.quoted(value)) was ignored. "
                    + "Clear OTHERTYPE, or set ESTTYPE to 8 if the employer type is not in the list.")
        }
    }

    /// `PERMCQC` (1080) and `PERMLA` (1090): `1`, `0` or blank, exactly.
    mutating func permissions() {
        record.shareWithCQC = permission("PERMCQC", code: 1080, with: "CQC")
        record.shareWithLocalAuthorities = permission("PERMLA", code: 1090, with: "local authorities")
    }

    private mutating func permission(_ column: String, code: Int, with whom: String) -> Bool? {
        let value = row[column]
        guard context.codes.enumeration(file: "workplace", column: column).contains(value) else {
            findings.error(
                code: code, rule: "WP-\(column)-INCORRECT", column: column,
                "\(column) \(WorkplaceCells.quoted(value)) is not a permission code. Enter 1 to share data with "
                    + "\(whom), 0 not to, or leave it blank.")
            return nil
        }
        return value.isEmpty ? nil : value == "1"
    }

    /// `MAINSERVICE` (1000): required, a code of `main-services.csv`.
    mutating func mainServiceCode() {
        let value = row["MAINSERVICE"]
        if value.isEmpty {
            findings.error(
                code: 1000, rule: "WP-MAINSERVICE-BLANK", column: "MAINSERVICE",
                "MAINSERVICE is blank. Enter the code of the workplace's main service from the main services list.")
        } else if let code = Cells.wholeNumber(value) {
            mainService = code
            if context.codes[.mainServices].contains(code) {
                record.mainService = code
            } else {
                findings.error(
                    code: 1000, rule: "WP-MAINSERVICE-UNKNOWN", column: "MAINSERVICE",
                    "MAINSERVICE \(code) is not a service code. Enter a code from the main services list.")
            }
        } else {
            findings.error(
                code: 1000, rule: "WP-MAINSERVICE-NOT-A-CODE", column: "MAINSERVICE",
                "MAINSERVICE \(WorkplaceCells.quoted(value)) is not a service code. "
                    + "Enter one whole-number code from the main services list, such as 8.")
        }
    }
}
