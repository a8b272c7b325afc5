/// The cells of one Staff file row (spec 5.1, 5.6, 5.8, 9).
extension ASCWDSExporter {
    static func staffCells(
        _ record: StaffRecord, layout: StaffFileLayout, status: RecordStatus, personal: StaffPersonalData
    ) throws(ASCWDSExportError) -> [String] {
        var cells: [String: String] = [
            "LOCALESTID": record.localEstablishmentID,
            "UNIQUEWORKERID": record.uniqueWorkerID,
            "CHGUNIQUEWRKID": record.newUniqueWorkerID ?? "",
            "TRANSFERSTAFFRECORD": record.transferDestination ?? "",
            "STATUS": status.rawValue,
            "DISPLAYID": record.displayID,
            "NINUMBER": personal.nationalInsuranceNumberCell(status: status),
            "POSTCODE": record.homePostcode.map(homePostcode) ?? "",
            "DOB": personal.dateOfBirthCell(status: status),
            "GENDER": ExportCells.number(record.gender),
            "ETHNICITY": ExportCells.number(record.ethnicity),
            "NATIONALITY": ExportCells.number(record.nationality),
            "BRITISHCITIZENSHIP": ExportCells.number(record.britishCitizenship),
            "COUNTRYOFBIRTH": ExportCells.number(record.countryOfBirth),
            "YEAROFENTRY": ExportCells.number(record.yearOfEntry),
            "DISABLED": ExportCells.number(record.disabled),
            "CARECERT": ExportCells.number(record.careCertificate),
            "L2CARECERT": level2CareCertificate(record.level2CareCertificate),
            "RECSOURCE": ExportCells.number(record.recruitmentSource),
            "HANDCVISA": ExportCells.number(record.healthAndCareVisa),
            "INOUTUK": ExportCells.number(record.recruitedFromOutsideUK),
            "STARTDATE": ExportCells.date(record.startDate),
            "STARTINSECT": ExportCells.yearOrDontKnow(record.startedInSector),
            "DHA": ExportCells.number(record.delegatedHealthcareActivities),
            "APPRENTICE": ExportCells.number(record.apprentice),
            "EMPLSTATUS": ExportCells.number(record.employmentStatus),
            "ZEROHRCONT": ExportCells.number(record.zeroHoursContract),
            "DAYSSICK": ExportCells.halfSteps(record.daysSick),
            "SALARYINT": ExportCells.number(record.payInterval?.rawValue),
            "SALARY": ExportCells.number(record.annualSalaryPounds),
            "HOURLYRATE": ExportCells.pounds(pence: record.hourlyRatePence),
            "MAINJOBROLE": ExportCells.number(record.mainJobRole),
            "MAINJRDESC": record.mainJobDescription ?? "",
            "CONTHOURS": ExportCells.halfSteps(record.contractedHours),
            "AVGHOURS": ExportCells.halfSteps(record.averageHours),
            "NMCREG": nursingCategory(record.nursingCategory),
            "AMHP": ExportCells.number(record.approvedMentalHealthProfessional),
            "SCQUAL": highestQualification(record.socialCareQualification),
            "NONSCQUAL": highestQualification(record.otherQualification),
            "CWPCATEGORY": ExportCells.number(record.careWorkforcePathwayCategory),
        ]
        let slots = StaffFileLayout.qualificationSlots(record.qualifications)
        if let needed = slots.keys.max(), needed > layout.qualificationPairs {
            throw .qualificationsDoNotFit(
                localEstablishmentID: record.localEstablishmentID, uniqueWorkerID: record.uniqueWorkerID,
                needed: needed, available: layout.qualificationPairs)
        }
        for (pair, qualification) in slots {
            let columns = HeaderLayout.qualificationColumns(pair)
            // `code;year`; without a year just the code, which the importer reads the same way (with
            // the same "year missing" warning as the stored record was read with).
            cells[columns.code] = ([String(qualification.code)] + (qualification.year.map { [String($0)] } ?? []))
                .joined(separator: ";")
            cells[columns.notes] = qualification.notes ?? ""
        }
        return layout.columns.map { cells[$0] ?? "" }
    }

    /// The home postcode upper case with single spaces: ASC-WDS checks its shape without normalising
    /// it (spec 5.6), and records read from a file already hold it this way.
    private static func homePostcode(_ postcode: String) -> String {
        postcode.split(whereSeparator: \.isWhitespace).joined(separator: " ").uppercased()
    }

    /// `L2CARECERT`: completed is written `1;` when the year is not known, as ASC-WDS exports it
    /// (spec 9), and `1;2025` with it; started and no are the bare answer.
    private static func level2CareCertificate(_ certificate: Level2CareCertificate?) -> String {
        guard let certificate else { return "" }
        guard certificate.answer == 1 else { return String(certificate.answer) }
        return "1;" + ExportCells.number(certificate.year)
    }

    /// `NMCREG` with a leading zero (`01`–`05`), as ASC-WDS exports it (spec 9); the importer reads
    /// it as a whole number.
    private static func nursingCategory(_ category: Int?) -> String {
        guard let category else { return "" }
        return (0..<10).contains(category) ? "0\(category)" : String(category)
    }

    /// `SCQUAL` / `NONSCQUAL`: `1;level`, `2` or `999`.
    ///
    /// "Yes" with no level (a level dropped with a warning on import) is written `1;999`, "yes,
    /// level not known": a bare `1` is an error for `SCQUAL` (1360), and `NONSCQUAL` reads it as
    /// level 999 anyway.
    private static func highestQualification(_ qualification: HighestQualification?) -> String {
        guard let qualification else { return "" }
        guard qualification.answer == 1 else { return String(qualification.answer) }
        return "1;\(qualification.level ?? 999)"
    }
}
