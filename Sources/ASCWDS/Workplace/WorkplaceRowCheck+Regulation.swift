/// `REGTYPE`, `PROVNUM` and `LOCATIONID` (spec 4.2, 4.3).
extension WorkplaceRowCheck {
    /// `REGTYPE` (1100): `0` or `2`, and the one the main service needs.
    ///
    /// Which REGTYPE a main service needs is data (`required_regtype_when_main_service`), not code:
    /// ASC-WDS's validator leaves Live-in care (73) and Specialist college services (60) out of its
    /// CQC list, so they need 0 today (10.9), and that may be fixed upstream.
    mutating func regulation() {
        let value = row["REGTYPE"]
        if value.isEmpty {
            findings.error(
                code: 1100, rule: "WP-REGTYPE-BLANK", column: "REGTYPE",
                "REGTYPE is blank. Enter 2 if the workplace is regulated by CQC, or 0 if it is not.")
            return
        }
        guard let number = Cells.wholeNumber(value),
            context.codes.enumeration(file: "workplace", column: "REGTYPE").contains(String(number))
        else {
            findings.error(
                code: 1100, rule: "WP-REGTYPE-INCORRECT", column: "REGTYPE",
                "REGTYPE \(WorkplaceCells.quoted(value)) is not a regulation type. "
                    + "Enter 2 (regulated by CQC) or 0 (not regulated).")
            return
        }
        // An unknown main service already has its own error; guessing its REGTYPE would add noise.
        if let required = mainServiceAttribute("required_regtype_when_main_service") {
            let allowed = required.components(separatedBy: " or ")
            guard allowed.contains(String(number)) else {
                let regulated = number == 2
                findings.error(
                    code: 1100, rule: "WP-REGTYPE-MAINSERVICE-MISMATCH", column: "REGTYPE/MAINSERVICE",
                    value: "REGTYPE \(value), MAINSERVICE \(row["MAINSERVICE"])",
                    "REGTYPE \(number) says the workplace is \(regulated ? "" : "not ")CQC-regulated, but "
                        + "\(mainServiceDescription) \(regulated ? "is not" : "is") a CQC-regulated main service "
                        + "in ASC-WDS. Change REGTYPE to \(allowed.joined(separator: " or ")), or correct MAINSERVICE.")
                return
            }
        }
        regType = number
        record.cqcRegulated = number == 2
    }

    /// `PROVNUM` (1105 / 2105): required in the form `1-123456789` when REGTYPE is 2; ignored when 0.
    /// Not checked when REGTYPE itself was rejected, as ASC-WDS does.
    mutating func providerID() {
        let value = row["PROVNUM"]
        if regType == 2 {
            if value.isEmpty {
                findings.error(
                    code: 1105, rule: "WP-PROVNUM-BLANK", column: "PROVNUM",
                    "PROVNUM is blank, but REGTYPE 2 says the workplace is CQC-regulated. "
                        + "Enter the CQC provider ID, such as 1-101234567.")
            } else if WorkplaceCells.isCQCIdentifier(value) {
                record.providerID = value
            } else {
                findings.error(
                    code: 1105, rule: "WP-PROVNUM-FORMAT", column: "PROVNUM",
                    "PROVNUM \(WorkplaceCells.quoted(value)) is not a CQC provider ID. Enter it as one digit, a "
                        + "hyphen and 8 to 12 digits, such as 1-101234567, exactly as CQC shows it.")
            }
        } else if regType == 0, !value.isEmpty {
            findings.warning(
                code: 2105, rule: "WP-PROVNUM-NOT-NEEDED", column: "PROVNUM",
                "PROVNUM \(WorkplaceCells.quoted(value)) was ignored because REGTYPE 0 says the workplace is not "
                    + "CQC-regulated. Clear PROVNUM, or set REGTYPE to 2 if it is regulated.")
        }
    }

    /// `LOCATIONID` (1110 / 2110): required in the form `1-123456789` when REGTYPE is 2, except for a
    /// head office (72); ignored when REGTYPE is 0.
    mutating func locationID() {
        let value = row["LOCATIONID"]
        if regType == 2 {
            if mainService == Self.headOffice {
                headOfficeLocationID(value)
            } else if value.isEmpty {
                findings.error(
                    code: 1110, rule: "WP-LOCATIONID-BLANK", column: "LOCATIONID",
                    "LOCATIONID is blank, but REGTYPE 2 says the workplace is CQC-regulated. "
                        + "Enter the CQC location ID, such as 1-123456789.")
            } else if WorkplaceCells.isCQCIdentifier(value) {
                record.locationID = value
            } else {
                findings.error(
                    code: 1110, rule: "WP-LOCATIONID-FORMAT", column: "LOCATIONID",
                    "LOCATIONID \(WorkplaceCells.quoted(value)) is not a CQC location ID. Enter it as one digit, "
                        + "a hyphen and 8 to 12 digits, such as 1-123456789, exactly as CQC shows it.")
            }
        } else if regType == 0, !value.isEmpty {
            findings.warning(
                code: 2110, rule: "WP-LOCATIONID-NOT-NEEDED", column: "LOCATIONID",
                "LOCATIONID \(WorkplaceCells.quoted(value)) was ignored because REGTYPE 0 says the workplace is "
                    + "not CQC-regulated. Clear LOCATIONID, or set REGTYPE to 2 if it is regulated.")
        }
    }

    /// A regulated head office may leave LOCATIONID blank, and ASC-WDS stores whatever it is given.
    /// Carepath keeps only a well-formed ID and warns about anything else rather than store it.
    private mutating func headOfficeLocationID(_ value: String) {
        guard !value.isEmpty else { return }
        if WorkplaceCells.isCQCIdentifier(value) {
            record.locationID = value
        } else {
            findings.warning(
                code: nil, rule: "WP-LOCATIONID-FORMAT-IGNORED", column: "LOCATIONID",
                "LOCATIONID \(WorkplaceCells.quoted(value)) is not a CQC location ID, so it was ignored. A head "
                    + "office may leave it blank; otherwise enter it as one digit, a hyphen and 8 to 12 digits.")
        }
    }
}
