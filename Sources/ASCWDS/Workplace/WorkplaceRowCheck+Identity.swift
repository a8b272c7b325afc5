/// `LOCALESTID`, `ESTNAME`, `STATUS` (checked on every row) and the address (spec 4.2).
extension WorkplaceRowCheck {
    /// `LOCALESTID` (1010): required, at most 49 characters (10.4: ASC-WDS rejects 50 or more).
    mutating func localEstablishmentID() {
        let value = row["LOCALESTID"]
        // A reference of only non-breaking or other odd spaces would match as an empty key.
        if Cells.reference(value).isEmpty {
            findings.error(
                code: 1010, rule: "WP-LOCALESTID-BLANK", column: "LOCALESTID",
                "LOCALESTID is blank. Every workplace row needs the workplace reference; enter the reference "
                    + "this workplace has in Carepath (at most 49 characters).")
        } else if WorkplaceCells.length(value) >= 50 {
            findings.error(
                code: 1010, rule: "WP-LOCALESTID-TOO-LONG", column: "LOCALESTID",
                "LOCALESTID \(WorkplaceCells.quoted(value)) is \(WorkplaceCells.length(value)) characters long; "
                    + "a workplace reference may have at most 49. Shorten it here and in the Staff and Training files.")
        }
    }

    /// `ESTNAME` (1030): required, at most 120 characters.
    mutating func establishmentName() {
        let value = row["ESTNAME"]
        if value.isEmpty {
            findings.error(
                code: 1030, rule: "WP-ESTNAME-BLANK", column: "ESTNAME",
                "ESTNAME is blank. Enter the workplace name; it is required on every row, even DELETE and UNCHECKED.")
        } else if WorkplaceCells.length(value) > 120 {
            findings.error(
                code: 1030, rule: "WP-ESTNAME-TOO-LONG", column: "ESTNAME",
                "ESTNAME is \(WorkplaceCells.length(value)) characters long; a workplace name may have at most 120. "
                    + "Shorten it.")
        }
    }

    /// `STATUS` (1020): one of the five values, in any letter case. Whether the workplace exists as
    /// the status requires is checked against stored workplaces, not here.
    mutating func status() -> RecordStatus? {
        let value = row["STATUS"]
        let allowed = "NEW, UPDATE, DELETE, UNCHECKED or NOCHANGE"
        if value.isEmpty {
            findings.error(
                code: 1020, rule: "WP-STATUS-BLANK", column: "STATUS",
                "STATUS is blank. Enter \(allowed) to say what the upload should do with this workplace.")
            return nil
        }
        guard let status = RecordStatus(cell: value),
            context.codes.enumeration(file: "all", column: "STATUS").contains(status.rawValue)
        else {
            findings.error(
                code: 1020, rule: "WP-STATUS-UNKNOWN", column: "STATUS",
                "STATUS \(WorkplaceCells.quoted(value)) is not a status. Enter \(allowed).")
            return nil
        }
        return status
    }

    /// `ADDRESS1` (1040) is required; it and `ADDRESS2`, `ADDRESS3`, `POSTTOWN` (1045, 1050, 1055)
    /// have at most 40 characters.
    mutating func address() {
        let line1 = row["ADDRESS1"]
        if line1.isEmpty {
            findings.error(
                code: 1040, rule: "WP-ADDRESS1-BLANK", column: "ADDRESS1",
                "ADDRESS1 is blank. Enter the first line of the workplace's address.")
        } else if addressLine("ADDRESS1", code: 1040) {
            record.addressLine1 = line1
        }
        if addressLine("ADDRESS2", code: 1045) {
            record.addressLine2 = row["ADDRESS2"].isEmpty ? nil : row["ADDRESS2"]
        }
        if addressLine("ADDRESS3", code: 1050) {
            record.addressLine3 = row["ADDRESS3"].isEmpty ? nil : row["ADDRESS3"]
        }
        if addressLine("POSTTOWN", code: 1055) {
            record.town = row["POSTTOWN"].isEmpty ? nil : row["POSTTOWN"]
        }
    }

    /// The 40-character limit of an address column; `true` when the cell is within it.
    private mutating func addressLine(_ column: String, code: Int) -> Bool {
        let length = WorkplaceCells.length(row[column])
        guard length > 40 else { return true }
        findings.error(
            code: code, rule: "WP-\(column)-TOO-LONG", column: column,
            "\(column) is \(length) characters long; an address line may have at most 40. "
                + "Shorten it or move part of it to another address column.")
        return false
    }

    /// `POSTCODE` (1060): required, at most 10 characters, and a UK postcode once normalised (letters
    /// and digits kept, upper case, a space before the last three). Carepath stores the normalised
    /// form and looks that up later (10.6), so `ls1 1aa` is the same as `LS1 1AA`.
    mutating func postcode() {
        let value = row["POSTCODE"]
        if value.isEmpty {
            findings.error(
                code: 1060, rule: "WP-POSTCODE-BLANK", column: "POSTCODE",
                "POSTCODE is blank. Enter the workplace's postcode, such as LS1 1AA.")
        } else if WorkplaceCells.length(value) > 10 {
            findings.error(
                code: 1060, rule: "WP-POSTCODE-TOO-LONG", column: "POSTCODE",
                "POSTCODE \(WorkplaceCells.quoted(value)) is longer than 10 characters. "
                    + "Enter just the postcode, such as LS1 1AA.")
        } else if let postcode = WorkplaceCells.postcode(value) {
            record.postcode = postcode
        } else {
            findings.error(
                code: 1060, rule: "WP-POSTCODE-FORMAT", column: "POSTCODE",
                "POSTCODE \(WorkplaceCells.quoted(value)) is not a UK postcode. "
                    + "Enter a full postcode such as LS1 1AA (outward code, space, digit and two letters).")
        }
    }
}
