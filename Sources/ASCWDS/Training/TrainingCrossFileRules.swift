import CarepathCore

/// A staff row's key: workplace and staff reference with all whitespace removed (spec 2.6).
public struct StaffKey: Hashable, Sendable {
    public var workplace: String
    public var worker: String

    /// Removes all whitespace from both references, so keys built from raw cells and from
    /// ``TrainingRecord`` keys compare equal.
    public init(workplace: String, worker: String) {
        self.workplace = Cells.reference(workplace)
        self.worker = Cells.reference(worker)
    }
}

/// The Training file rules that need the Workplace and Staff files (spec 6.3), over plain values so
/// the caller decides which rows "survive" (rows dropped as duplicates or for a missing workplace
/// must be left out of `workplaceKeys` and `staff`).
public struct TrainingCrossFileRules: Sendable {
    /// Whitespace-removed `LOCALESTID`s of the Workplace file's surviving rows.
    public var workplaceKeys: Set<String>
    /// Surviving Staff file rows, keyed by the reference training rows must use (the new one when
    /// `CHGUNIQUEWRKID` renames a worker), with the accepted date of birth, if any.
    public var staff: [StaffKey: CalendarDate?]

    public init(workplaceKeys: Set<String>, staff: [StaffKey: CalendarDate?]) {
        self.workplaceKeys = workplaceKeys
        self.staff = staff
    }

    /// The first failing rule for a valid row's record, in the spec's order: workplace (997), staff
    /// record (996), completion at least 14 years after the date of birth (1080). `nil` when all pass.
    public func check(_ record: TrainingRecord, row: UploadRow) -> Finding? {
        check(workplaceKey: record.workplaceKey, workerKey: record.workerKey, completed: record.completed, row: row)
    }

    /// The same rules for a row the row rules rejected, since ASC-WDS also reports these findings
    /// on such rows. A blank reference is skipped: the row rules already report it (1000 or 1010),
    /// and a completion date that is not a strict date takes no part.
    public func check(_ row: UploadRow) -> Finding? {
        let workplaceKey = Cells.reference(row.localEstablishmentID)
        let workerKey = Cells.reference(row.uniqueWorkerID)
        guard !workplaceKey.isEmpty, !workerKey.isEmpty else { return nil }
        let completed = Cells.date(row["DATECOMPLETED"], strict: true)
        return check(workplaceKey: workplaceKey, workerKey: workerKey, completed: completed, row: row)
    }

    private func check(workplaceKey: String, workerKey: String, completed: CalendarDate?, row: UploadRow) -> Finding? {
        var findings = RowFindings(row: row)
        let workplace = row.localEstablishmentID
        let worker = row.uniqueWorkerID
        guard workplaceKeys.contains(workplaceKey) else {
            findings.error(
                code: 997, rule: "TR-LOCALESTID-NOT-IN-WORKPLACE-FILE", column: "LOCALESTID",
                "LOCALESTID \"\(workplace)\" is not a workplace in the Workplace file. Use the workplace "
                    + "reference exactly as in the Workplace file, or add the workplace there.")
            return findings.findings.first
        }
        guard let dateOfBirth = staff[StaffKey(workplace: workplaceKey, worker: workerKey)] else {
            findings.error(
                code: 996, rule: "TR-UNIQUEWORKERID-NOT-IN-STAFF-FILE", column: "UNIQUEWORKERID",
                "UNIQUEWORKERID \"\(worker)\" has no staff row at workplace \"\(workplace)\" in the Staff file. "
                    + "Use the staff reference exactly as in the Staff file (the new one if CHGUNIQUEWRKID "
                    + "renames the worker), or add the staff row.")
            return findings.findings.first
        }
        // ASC-WDS compares whole years between the dates, so the 14th birthday itself passes.
        if let dateOfBirth, let completed, completed.wholeYears(since: dateOfBirth) < 14 {
            findings.error(
                code: 1080, rule: "TR-DATECOMPLETED-BEFORE-AGE-14", column: "DATECOMPLETED",
                "DATECOMPLETED \(completed.ukFormat) is less than 14 years after the date of birth of staff "
                    + "\"\(worker)\" (\(dateOfBirth.ukFormat)) in the Staff file. "
                    + "Correct the completion date, or the date of birth in the Staff file.")
            return findings.findings.first
        }
        return nil
    }
}
