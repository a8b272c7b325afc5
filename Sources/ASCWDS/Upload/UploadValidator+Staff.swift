import CarepathCore

/// The outcome of one Staff or Training row: its findings, and the record to store when it has no
/// error.
public struct RowOutcome<Record: Sendable>: Sendable {
    public var findings: [Finding]
    public var record: Record?
}

extension UploadValidator {
    /// Validates one Staff row. Call ``finishWorkplaces()`` first.
    public mutating func validateStaff(
        _ row: UploadRow, storedIdentity: StoredStaffIdentity = .notLookedUp
    ) -> RowOutcome<StaffRecord> {
        precondition(staffRules != nil, "validate the Workplace file and call finishWorkplaces() first")
        rowCounts[.staff, default: 0] += 1
        let validation = StaffRowValidator(context: context).validate(
            creatingOnFirstReturn(row), storedIdentity: storedIdentity)
        var rowFindings = validation.findings + staffRules!.check(row)
        let key = StaffKey(workplace: row.localEstablishmentID, worker: row.uniqueWorkerID)
        var record = validation.record
        if let surviving = staffRules!.surviving[key], surviving.line == row.line {
            let facts = validation.acceptedValues
            let status = facts?.status ?? surviving.status
            if status != .delete {
                let role = status == .new || status == .update ? facts?.mainJobRole : account.staff[key]?.mainJobRole
                countRules.countStaff(atWorkplace: key.workplace, isRegisteredManager: role == 4)
            }
            trainingDatesOfBirth[surviving.finalKey] = facts?.dateOfBirth ?? account.staff[key]?.dateOfBirth
            if let facts, status == .new || status == .update {
                rowFindings += workplaceRules(for: facts, row: row)
                staffFacts.add(facts)
                if rowFindings.contains(where: { $0.code.map { (5661...5663).contains($0) } ?? false }) {
                    record?.delegatedHealthcareActivities = nil
                }
            }
        }
        rowFindings += daysSickUnchanged(row, value: validation.acceptedValues?.daysSick, key: key)
        if rowFindings.contains(where: { $0.severity == .error }) { record = nil }
        findings += rowFindings
        return RowOutcome(findings: rowFindings, record: record)
    }

    /// 3240: an `UPDATE` or `NOCHANGE` row gives the days sick the stored record already had when it
    /// was last saved, before today, so the figure may not have been looked at for a year. It reads
    /// the raw STATUS and, on a `NOCHANGE` row (whose values are otherwise not read), the raw cell.
    private func daysSickUnchanged(
        _ row: UploadRow, value: KnownOrDontKnow<HalfSteps>?, key: StaffKey
    )
        -> [Finding]
    {
        let status = RecordStatus(cell: row["STATUS"])
        guard status == .update || status == .noChange, let stored = account.staff[key],
            let storedDays = stored.daysSick, let savedOn = stored.savedOn, savedOn < context.today
        else { return [] }
        let given: KnownOrDontKnow<HalfSteps>? =
            status == .update
            ? value
            : StaffCells.halfStepValue(row["DAYSSICK"]).flatMap { try? $0.get() }.map(StaffRowCheck.knownOrDontKnow)
        guard given == storedDays else { return [] }
        var rowFindings = RowFindings(row: row)
        rowFindings.warning(
            code: 3240, rule: "ST-DAYSSICK-UNCHANGED", column: "DAYSSICK", value: row["DAYSSICK"],
            "DAYSSICK is the same as when this record was last saved, on \(savedOn.ukFormat). Check that it is "
                + "still the number of days sick in the last 12 months.")
        return rowFindings.findings
    }

    /// Rules between a worker and the workplace they will belong to: the destination of a move, or
    /// their own (1280 registered manager at a regulated workplace; 5661–5663 delegated healthcare).
    private func workplaceRules(for staff: StaffRecord, row: UploadRow) -> [Finding] {
        var rowFindings = RowFindings(row: row)
        let destination = staff.status == .update ? staff.transferDestination.map { Cells.reference($0) } : nil
        let workplaceKey = destination ?? staff.establishmentKey
        let workplace = workplaceFacts[workplaceKey]
        let keepsStoredWorkplace = workplaceRules.surviving[workplaceKey].map {
            $0.status != .new && $0.status != .update
        }
        let regulated =
            keepsStoredWorkplace == true ? account.workplaces[workplaceKey]?.isRegulated : workplace?.cqcRegulated
        if staff.mainJobRole == 4, regulated == false {
            rowFindings.error(
                code: 1280, rule: "ST-MAINJOBROLE-REGISTERED-MANAGER-UNREGULATED", column: "MAINJOBROLE",
                "a registered manager (MAINJOBROLE 4) can only work at a CQC-regulated workplace, and "
                    + "\(destination == nil ? staff.localEstablishmentID : staff.transferDestination ?? "") is not")
        }
        guard let answer = staff.delegatedHealthcareActivities else { return rowFindings.findings }
        let codes = context.codes
        if let role = staff.mainJobRole,
            codes[.jobRoles].attribute("can_do_delegated_healthcare_activities", of: role) == "no"
        {
            rowFindings.warning(
                code: 5661, rule: "ST-DHA-JOB-ROLE", column: "DHA", value: String(answer),
                "this job role does not carry out delegated healthcare activities, so DHA is ignored")
        }
        if let service = workplace?.mainService,
            codes[.mainServices].attribute("can_do_delegated_healthcare_activities", of: service) == "no"
        {
            rowFindings.warning(
                code: 5662, rule: "ST-DHA-MAIN-SERVICE", column: "DHA", value: String(answer),
                "the workplace's main service does not carry out delegated healthcare activities, so DHA is ignored")
        }
        if workplace?.delegatedHealthcare == .no {
            rowFindings.warning(
                code: 5663, rule: "ST-DHA-WORKPLACE-NO", column: "DHA", value: String(answer),
                "the workplace answered that its staff do not carry out delegated healthcare activities, so DHA is ignored"
            )
        }
        return rowFindings.findings
    }
}
