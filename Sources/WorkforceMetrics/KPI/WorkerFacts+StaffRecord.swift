import ASCWDS

extension WorkerFacts {
    /// The facts of a stored staff record (a `NEW` or `UPDATE` row after validation).
    ///
    /// "Don't know" numbers (`DAYSSICK`, `STARTINSECT`, `CONTHOURS`, `AVGHOURS` of 999) become `nil`;
    /// coded answers keep their codes. Pay is read from the column `SALARYINT` points at, so an
    /// interval of 999 gives no pay. Only the year of the date of birth is kept.
    public init(_ record: StaffRecord, workplaceID: String) {
        self.init(
            workplaceID: workplaceID,
            mainJobRole: record.mainJobRole,
            employmentStatus: record.employmentStatus,
            zeroHoursContract: record.zeroHoursContract,
            daysSick: record.daysSick?.known?.value,
            socialCareQualification: record.socialCareQualification?.answer,
            socialCareQualificationLevel: record.socialCareQualification?.level,
            mainRoleStartDate: record.startDate,
            yearStartedInSector: record.startedInSector?.known,
            yearOfBirth: record.dateOfBirth?.year,
            gender: record.gender,
            ethnicity: record.ethnicity,
            nationality: record.nationality,
            recruitmentSource: record.recruitmentSource,
            pay: Self.pay(of: record),
            contractedHours: record.contractedHours?.known?.value,
            averageHours: record.averageHours?.known?.value,
            disabled: record.disabled
        )
    }

    private static func pay(of record: StaffRecord) -> Pay? {
        switch record.payInterval {
        case .annual: record.annualSalaryPounds.map { .annual(Double($0)) }
        case .hourly: record.hourlyRatePence.map { .hourly(Double($0) / 100) }
        case .dontKnow, nil: nil
        }
    }
}
