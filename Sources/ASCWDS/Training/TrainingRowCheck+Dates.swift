import CarepathCore

extension TrainingRowCheck {
    /// `DATECOMPLETED` (1020): optional strict `DD/MM/YYYY`, not after today.
    mutating func completionDate() -> CalendarDate? {
        let value = row["DATECOMPLETED"]
        guard !value.isEmpty else { return nil }
        guard let date = Cells.date(value, strict: true) else {
            findings.error(
                code: 1020, rule: "TR-DATECOMPLETED-FORMAT", column: "DATECOMPLETED",
                "DATECOMPLETED \"\(value)\" is not a real date written DD/MM/YYYY with two-digit day and month "
                    + "(for example 05/02/2025).")
            return nil
        }
        guard date <= context.today else {
            findings.error(
                code: 1020, rule: "TR-DATECOMPLETED-FUTURE", column: "DATECOMPLETED",
                "DATECOMPLETED \(value) is in the future (validation date \(context.today.ukFormat)). "
                    + "Enter the date the training was completed, or leave it blank.")
            return nil
        }
        return date
    }

    /// `EXPIRYDATE` (1030): optional strict `DD/MM/YYYY`, after an accepted completion date.
    ///
    /// Returns the expiry only when it is accepted; like ASC-WDS, a rejected expiry takes part in no
    /// validity comparison.
    mutating func expiryDate(completed: CalendarDate?) -> CalendarDate? {
        let value = row["EXPIRYDATE"]
        guard !value.isEmpty else { return nil }
        guard let date = Cells.date(value, strict: true) else {
            findings.error(
                code: 1030, rule: "TR-EXPIRYDATE-FORMAT", column: "EXPIRYDATE",
                "EXPIRYDATE \"\(value)\" is not a real date written DD/MM/YYYY with two-digit day and month "
                    + "(for example 04/02/2026).")
            return nil
        }
        if let completed, date <= completed {
            findings.error(
                code: 1030, rule: "TR-EXPIRYDATE-ORDER", column: "EXPIRYDATE/DATECOMPLETED",
                value: "EXPIRYDATE (\(value)) - DATECOMPLETED (\(row["DATECOMPLETED"]))",
                "EXPIRYDATE \(value) is not after DATECOMPLETED \(row["DATECOMPLETED"]). "
                    + "The expiry date must be later than the completion date; correct either date.")
            return nil
        }
        return date
    }

    /// `VALIDITY` (1110): optional `none` (any case, Carepath deviation 10.23) or 1–999 months; checked
    /// against the expiry (2110), or used to derive a blank expiry.
    mutating func validity(
        completed: CalendarDate?, expiry: CalendarDate?
    ) -> (validity: TrainingRecord.Validity?, derivedExpiry: CalendarDate?) {
        let value = row["VALIDITY"]
        guard !value.isEmpty else { return (nil, nil) }
        if value.lowercased() == "none" {
            if let expiry {
                findings.warning(
                    code: 2110, rule: "TR-VALIDITY-NONE-EXPIRY", column: "EXPIRYDATE/VALIDITY",
                    value: "VALIDITY (\(value)) - EXPIRYDATE (\(row["EXPIRYDATE"]))",
                    "VALIDITY is \"\(value)\" (does not expire) but EXPIRYDATE is \(expiry.ukFormat). Both are "
                        + "stored; clear EXPIRYDATE, or give the validity in months, so they agree.")
            }
            return (.doesNotExpire, nil)
        }
        guard let months = Cells.wholeNumber(value), (1...999).contains(months) else {
            findings.error(
                code: 1110, rule: "TR-VALIDITY-RANGE", column: "VALIDITY",
                "VALIDITY \"\(value)\" is not valid. Enter none for training that does not expire, or the "
                    + "number of months it stays valid (1 to 999), or leave it blank.")
            return (nil, nil)
        }
        guard let completed else { return (.months(months), nil) }
        let expected = TrainingRecord.expiry(completed: completed, months: months)
        // Only a blank cell is derived: a rejected expiry already makes the row an error.
        if row["EXPIRYDATE"].isEmpty {
            return (.months(months), expected)
        }
        if let expiry, expiry != expected {
            findings.warning(
                code: 2110, rule: "TR-VALIDITY-EXPIRY-MISMATCH", column: "EXPIRYDATE/VALIDITY",
                value: "VALIDITY (\(value)) - EXPIRYDATE (\(row["EXPIRYDATE"]))",
                "EXPIRYDATE \(expiry.ukFormat) does not match DATECOMPLETED \(completed.ukFormat) plus VALIDITY "
                    + "\(months) months, which gives \(expected.ukFormat) (completion + months - 1 day). "
                    + "Both are stored; correct whichever is wrong.")
        }
        return (.months(months), nil)
    }
}
