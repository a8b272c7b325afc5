import CarepathCore

/// Which rule reads a staff record for each KPI computed from staff records alone.
extension KPICalculator {
    /// `RECSOURCE` 1 and 2: the adult care sector, council or independent (KPI-RECRUITED-WITHIN).
    static let withinSectorSources: Set<Int> = [1, 2]
    /// `RECSOURCE` 8: internal promotion, transfer or career development.
    static let internalSources: Set<Int> = [8]

    static let careWorker = 8
    static let seniorCareWorker = 7
    static let registeredNurse = 16
    static let registeredManager = 4

    /// The rule reading one record for `kpi`. Declared-total KPIs read no record this way; they
    /// are listed so that every KPI has an answer, and count nothing.
    static func reading(for kpi: KPI, at countDate: CalendarDate) -> (WorkerFacts) -> WorkerObservation {
        let period = ReferencePeriod(endingOn: countDate)
        let year = countDate.year
        switch kpi {
        case .turnover, .starters, .vacancy: return { _ in .outsidePopulation }
        case .recruitedWithinSector: return { $0.recruitment(from: withinSectorSources, during: period) }
        case .recruitedInternally: return { $0.recruitment(from: internalSources, during: period) }
        case .sicknessDays, .sicknessTotalDays: return { value($0.daysSick) }
        case .zeroHours: return { .share(WorkerFacts.yesNo($0.zeroHoursContract)) }
        case .qualified: return { $0.qualifiedAtLevel2 }
        case .timeInRole: return { $0.inRoleForAYear(period) }
        case .experienceYears: return { value($0.yearsInSector(at: year)) }
        case .experienceThreeYears: return { .share($0.yearsInSector(at: year).map { $0 >= 3 }) }
        case .meanAge: return { value($0.age(at: countDate)) }
        case .agedUnder25: return { .share($0.age(at: countDate).map { $0 < 25 }) }
        case .aged55AndOver: return { .share($0.age(at: countDate).map { $0 >= 55 }) }
        case .female: return { .share($0.isFemale) }
        case .blackAndMinorityEthnic: return { .share($0.isBlackOrMinorityEthnic) }
        case .nationalityBritish: return { .share($0.nationalityGroup.map { $0 == .british }) }
        case .nationalityEU: return { .share($0.nationalityGroup.map { $0 == .europeanUnion }) }
        case .nationalityNonEU: return { .share($0.nationalityGroup.map { $0 == .nonEuropeanUnion }) }
        case .disabled: return { .share($0.isDisabled) }
        case .careWorkerHourlyPay: return { pay(of: $0, inRole: careWorker, \.hourlyPay) }
        case .seniorCareWorkerHourlyPay: return { pay(of: $0, inRole: seniorCareWorker, \.hourlyPay) }
        case .registeredNurseAnnualPay:
            return { pay(of: $0, inRole: registeredNurse, \.annualFullTimeEquivalentPay) }
        case .registeredManagerAnnualPay:
            return { pay(of: $0, inRole: registeredManager, \.annualFullTimeEquivalentPay) }
        }
    }

    private static func value(_ number: Double?) -> WorkerObservation {
        number.map { .known($0) } ?? .unknown
    }

    /// Pay of one role, normalised to the KPI's unit; no pay, or pay outside the validation ranges,
    /// is unknown (workforce-metrics.md 4 rule 4).
    private static func pay(
        of worker: WorkerFacts, inRole role: Int, _ normalised: KeyPath<WorkerFacts, Double?>
    ) -> WorkerObservation {
        guard worker.mainJobRole == role else { return .outsidePopulation }
        return value(worker[keyPath: normalised])
    }
}
