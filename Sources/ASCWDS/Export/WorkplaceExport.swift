/// The cells of one Workplace file row (spec 4.1, 9).
extension ASCWDSExporter {
    static func workplaceCells(_ record: WorkplaceRecord, status: RecordStatus) -> [String] {
        var cells: [String: String] = [
            "LOCALESTID": record.reference,
            "STATUS": status.rawValue,
            "ESTNAME": record.name,
            "ADDRESS1": record.addressLine1 ?? "",
            "ADDRESS2": record.addressLine2 ?? "",
            "ADDRESS3": record.addressLine3 ?? "",
            "POSTTOWN": record.town ?? "",
            "POSTCODE": record.postcode?.normalised ?? "",
            "ESTTYPE": ExportCells.number(record.employerType),
            "OTHERTYPE": record.employerTypeOther ?? "",
            "PERMCQC": ExportCells.oneZero(record.shareWithCQC),
            "PERMLA": ExportCells.oneZero(record.shareWithLocalAuthorities),
            "REGTYPE": record.cqcRegulated.map { $0 ? "2" : "0" } ?? "",
            "PROVNUM": record.providerID ?? "",
            "LOCATIONID": record.locationID ?? "",
            "MAINSERVICE": ExportCells.number(record.mainService),
            "DHA": ExportCells.yesNoDontKnow(record.delegatedHealthcare),
            "DHAACTIVITIES": delegatedActivities(record.delegatedHealthcareActivities),
            "TOTALPERMTEMP": ExportCells.number(record.totalStaff),
            "REPEATTRAINING": ExportCells.number(record.repeatTraining),
            "CWPAWARE": ExportCells.number(record.pathwayAwareness),
            "CWPUSE": pathwayUse(record.pathwayUse),
            "CWPUSEDESC": record.pathwayUse?.description ?? "",
            "SICKPAY": ExportCells.oneZeroUnknown(record.sickPay),
            "PENSION": ExportCells.oneZeroUnknown(record.pension),
            "ACTUALCONT": ExportCells.percentage(basisPoints: record.pensionContributionBasisPoints),
            "OPTOUTPEN": ExportCells.yesNoDontKnow(record.staffOptedOutOfPension),
            // Carepath has no "don't know" for HOLIDAY, so it never writes the `unknown` that ASC-WDS's
            // own export may write and its importer then rejects (warning 2470).
            "HOLIDAY": ExportCells.number(record.holidayDays),
            "SLEEPINS": ExportCells.yesNoDontKnow(record.offersSleepIns),
            "SLEEPINPAY": ExportCells.number(record.sleepInPay?.rawValue),
            "TRAVELTIME": ExportCells.number(record.travelTimePay),
            "TTDIFFRATE": ExportCells.pounds(pence: record.travelTimeRatePence),
        ]
        cells.merge(services(record)) { _, new in new }
        cells.merge(serviceUsers(record.serviceUsers)) { _, new in new }
        cells.merge(jobRoleMeasures(record)) { _, new in new }
        cells.merge(reasonsForLeaving(record.reasonsForLeaving)) { _, new in new }
        return HeaderLayout.workplace.map { cells[$0] ?? "" }
    }

    /// `ALLSERVICES` written `MAIN;…` (spec 9): the main service first, then the others in their
    /// stored order, and `MAIN;0` for "no other services" – never the bare `0` that ASC-WDS's own
    /// export writes and then rejects on an `UPDATE` row (1120, 1121). `CAPACITY`, `UTILISATION`
    /// and `SERVICEDESC` get one item per service in the same order (no item for the `0`), so two
    /// services with no capacities are written `;`, which is what the importer needs to line them up.
    private static func services(_ record: WorkplaceRecord) -> [String: String] {
        guard let stored = record.services, !stored.isEmpty else { return [:] }
        var services = stored
        if let main = record.mainService, let index = services.firstIndex(where: { $0.code == main }), index > 0 {
            services.insert(services.remove(at: index), at: 0)
        }
        var codes = services.map { String($0.code) }
        // "No other services" contradicts a list with other services; the list wins.
        if record.noOtherServices == true, services.count == 1 {
            codes.append("0")
        }
        return [
            "ALLSERVICES": ExportCells.list(codes),
            "CAPACITY": ExportCells.list(services.map { ExportCells.number($0.capacity) }),
            "UTILISATION": ExportCells.list(services.map { ExportCells.number($0.utilisation) }),
            "SERVICEDESC": ExportCells.list(services.map { ExportCells.listItem($0.description) }),
        ]
    }

    /// `SERVICEUSERS` with `OTHERUSERDESC` aligned item by item (`;` for two groups without text).
    private static func serviceUsers(_ users: [WorkplaceRecord.ServiceUser]?) -> [String: String] {
        guard let users, !users.isEmpty else { return [:] }
        return [
            "SERVICEUSERS": ExportCells.list(users.map(\.code)),
            "OTHERUSERDESC": ExportCells.list(users.map { ExportCells.listItem($0.description) }),
        ]
    }

    private static func delegatedActivities(_ activities: WorkplaceRecord.DelegatedActivities?) -> String {
        switch activities {
        case .dontKnowWhich?: return "999"
        case .activities(let codes)?: return ExportCells.list(codes)
        case nil: return ""
        }
    }

    /// `CWPUSE`: the answer, then the reasons only after `1` (yes).
    private static func pathwayUse(_ use: WorkplaceRecord.PathwayUse?) -> String {
        guard let use else { return "" }
        let answer = ExportCells.yesNoDontKnow(use.answer)
        guard use.answer == .yes else { return answer }
        return ExportCells.list([answer] + use.reasons.map(String.init))
    }

    /// `ALLJOBROLES` with `STARTERS`, `LEAVERS` and `VACANCIES` (spec 4.4, 9): aligned lists,
    /// `999`, all-zero lists for "none", or blank.
    private static func jobRoleMeasures(_ record: WorkplaceRecord) -> [String: String] {
        let roles = record.jobRoles.flatMap { $0.isEmpty ? nil : $0 }
        return [
            "ALLJOBROLES": roles.map(ExportCells.list) ?? "",
            "STARTERS": measure(record.starters, roleCount: roles?.count),
            "LEAVERS": measure(record.leavers, roleCount: roles?.count),
            "VACANCIES": measure(record.vacancies, roleCount: roles?.count),
        ]
    }

    /// One measure. "None" is one `0` per job role, because with `ALLJOBROLES` given the importer
    /// needs one count per role; without job roles it is the single `0`.
    private static func measure(_ measure: WorkplaceRecord.JobRoleMeasure?, roleCount: Int?) -> String {
        switch measure {
        case .dontKnow?: return "999"
        case .noneReported?: return ExportCells.list(Array(repeating: "0", count: max(1, roleCount ?? 1)))
        case .counts(let counts)?: return ExportCells.list(counts)
        case nil: return ""
        }
    }

    /// `REASONS` and `REASONNOS`, aligned item by item.
    private static func reasonsForLeaving(_ reasons: [WorkplaceRecord.ReasonForLeaving]?) -> [String: String] {
        guard let reasons, !reasons.isEmpty else { return [:] }
        return [
            "REASONS": ExportCells.list(reasons.map(\.reason)),
            "REASONNOS": ExportCells.list(reasons.map(\.leavers)),
        ]
    }
}
