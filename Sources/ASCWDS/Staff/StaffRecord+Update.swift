import CarepathCore

extension StaffRecord {
    /// This stored record after applying an `UPDATE` row (spec 3.3).
    ///
    /// A field the row leaves out (`nil`: a blank cell, or a value dropped with a warning) keeps its
    /// stored value. Then the answers the row's values make meaningless are cleared, the
    /// qualifications become the row's complete set, and the row's identity, line and STATUS are
    /// taken. The NI number and date of birth are taken only when the row gives them.
    public func updated(by row: StaffRecord) -> StaffRecord {
        var merged = self
        Self.overlay(row, on: &merged)
        merged.line = row.line
        merged.status = row.status
        merged.localEstablishmentID = row.localEstablishmentID
        merged.uniqueWorkerID = row.uniqueWorkerID
        merged.newUniqueWorkerID = row.newUniqueWorkerID
        merged.transferDestination = row.transferDestination
        merged.displayID = row.displayID
        merged.keepsStoredNationalInsuranceNumber = row.keepsStoredNationalInsuranceNumber
        merged.keepsStoredDateOfBirth = row.keepsStoredDateOfBirth
        merged.qualifications = Self.qualifications(row.qualifications, keepingFrom: qualifications)
        merged.clearMeaninglessAnswers()
        return merged
    }

    /// Clears what spec 3.3 says a saved record cannot hold alongside its other answers.
    public mutating func clearMeaninglessAnswers() {
        let british = nationality == Codes.british
        if british { britishCitizenship = nil }
        if british || britishCitizenship == Codes.yes {
            healthAndCareVisa = nil
            recruitedFromOutsideUK = nil
        }
        if healthAndCareVisa != Codes.yes { recruitedFromOutsideUK = nil }
        if countryOfBirth == Codes.british || countryOfBirth == Codes.countryDontKnow { yearOfEntry = nil }
        let agencyOrBank = employmentStatus.map(Codes.agencyOrBank.contains) ?? false
        if zeroHoursContract == Codes.yes || agencyOrBank { contractedHours = nil }
        let employed = employmentStatus.map(Codes.employed.contains) ?? false
        if employed && (zeroHoursContract == Codes.no || zeroHoursContract == Codes.dontKnow) { averageHours = nil }
        if agencyOrBank { daysSick = nil }
        if mainJobRole != Codes.registeredNurse { nursingCategory = nil }
        if mainJobRole != Codes.socialWorker { approvedMentalHealthProfessional = nil }
        if let answer = socialCareQualification?.answer, answer != Codes.yes { socialCareQualification?.level = nil }
        if let answer = otherQualification?.answer, answer != Codes.yes { otherQualification?.level = nil }
    }

    /// The row's qualifications are the complete set; one the worker already had keeps its stored
    /// year and notes where the row leaves them blank.
    static func qualifications(
        _ row: [AchievedQualification], keepingFrom stored: [AchievedQualification]
    )
        -> [AchievedQualification]
    {
        let storedByCode = Dictionary(stored.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return row.map { qualification in
            var merged = qualification
            if let previous = storedByCode[qualification.code] {
                merged.year = merged.year ?? previous.year
                merged.notes = merged.notes ?? previous.notes
            }
            return merged
        }
    }

    /// The codes the clearing rules test (`ascwds-codes/`).
    private enum Codes {
        static let yes = 1
        static let no = 2
        static let dontKnow = 999
        /// `nationality.csv` and `country-of-birth.csv`: 826 British / United Kingdom.
        static let british = 826
        static let countryDontKnow = 998
        /// `employment-status.csv`: Permanent, Temporary.
        static let employed: Set<Int> = [1, 2]
        /// `employment-status.csv`: Pool/Bank, Agency.
        static let agencyOrBank: Set<Int> = [3, 4]
        /// `job-roles.csv`.
        static let socialWorker = 6
        static let registeredNurse = 16
    }

    /// "Absent keeps stored" for every optional field an `UPDATE` row can supply.
    private static func overlay(_ row: StaffRecord, on merged: inout StaffRecord) {
        func keep<Value>(_ field: WritableKeyPath<StaffRecord, Value?>) {
            if let value = row[keyPath: field] { merged[keyPath: field] = value }
        }
        keep(\.nationalInsuranceNumber)
        keep(\.homePostcode)
        keep(\.dateOfBirth)
        keep(\.gender)
        keep(\.ethnicity)
        keep(\.nationality)
        keep(\.britishCitizenship)
        keep(\.countryOfBirth)
        keep(\.yearOfEntry)
        keep(\.disabled)
        keep(\.careCertificate)
        keep(\.level2CareCertificate)
        keep(\.recruitmentSource)
        keep(\.healthAndCareVisa)
        keep(\.recruitedFromOutsideUK)
        keep(\.startDate)
        keep(\.startedInSector)
        keep(\.delegatedHealthcareActivities)
        keep(\.apprentice)
        keep(\.employmentStatus)
        keep(\.zeroHoursContract)
        keep(\.daysSick)
        keep(\.payInterval)
        keep(\.annualSalaryPounds)
        keep(\.hourlyRatePence)
        keep(\.mainJobRole)
        keep(\.mainJobDescription)
        keep(\.contractedHours)
        keep(\.averageHours)
        keep(\.nursingCategory)
        keep(\.approvedMentalHealthProfessional)
        keep(\.socialCareQualification)
        keep(\.otherQualification)
        keep(\.careWorkforcePathwayCategory)
    }
}
