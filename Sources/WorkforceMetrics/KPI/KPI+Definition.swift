extension KPI {
    /// A short heading for pages and downloads.
    public var label: String {
        switch self {
        case .turnover: "Staff turnover rate"
        case .starters: "Starters rate"
        case .vacancy: "Vacancy rate"
        case .recruitedWithinSector: "Starters recruited from within adult social care"
        case .recruitedInternally: "Starters recruited by internal promotion or transfer"
        case .sicknessDays: "Average sickness days"
        case .sicknessTotalDays: "Total sickness days"
        case .zeroHours: "Staff on zero-hours contracts"
        case .qualified: "Care staff qualified at level 2 or above"
        case .timeInRole: "Staff in their main role for 12 months or more"
        case .experienceYears: "Average years in adult social care"
        case .experienceThreeYears: "Staff with 3 or more years in adult social care"
        case .meanAge: "Average age"
        case .agedUnder25: "Staff aged under 25"
        case .aged55AndOver: "Staff aged 55 or over"
        case .female: "Female staff"
        case .blackAndMinorityEthnic: "Black, Asian and minority ethnic staff"
        case .nationalityBritish: "British staff"
        case .nationalityEU: "Staff with an EU nationality"
        case .nationalityNonEU: "Staff with a non-EU nationality"
        case .disabled: "Disabled staff"
        case .careWorkerHourlyPay: "Care worker median hourly pay"
        case .seniorCareWorkerHourlyPay: "Senior care worker median hourly pay"
        case .registeredNurseAnnualPay: "Registered nurse median annual pay (full-time equivalent)"
        case .registeredManagerAnnualPay: "Registered manager median annual pay (full-time equivalent)"
        }
    }

    /// What ``KPIMeasurement/value`` is measured in.
    public var unit: KPIUnit {
        switch self {
        case .sicknessDays, .sicknessTotalDays: .days
        case .experienceYears, .meanAge: .years
        case .careWorkerHourlyPay, .seniorCareWorkerHourlyPay: .poundsPerHour
        case .registeredNurseAnnualPay, .registeredManagerAnnualPay: .poundsPerYear
        default: .rate
        }
    }

    /// The workforce-metrics.md catalogue entry that defines the KPI.
    public var specSection: String {
        switch self {
        case .turnover: "3 KPI-TURNOVER"
        case .starters: "3 KPI-STARTERS"
        case .vacancy: "3 KPI-VACANCY"
        case .recruitedWithinSector, .recruitedInternally: "3 KPI-RECRUITED-WITHIN"
        case .sicknessDays, .sicknessTotalDays: "3 KPI-SICKNESS"
        case .zeroHours: "3 KPI-ZERO-HOURS"
        case .qualified: "3 KPI-QUALIFIED"
        case .timeInRole: "3 KPI-TIME-IN-ROLE"
        case .experienceYears, .experienceThreeYears: "3 KPI-EXPERIENCE"
        case .meanAge, .agedUnder25, .aged55AndOver, .female, .blackAndMinorityEthnic, .nationalityBritish,
            .nationalityEU, .nationalityNonEU, .disabled:
            "3 KPI-DEMOGRAPHICS"
        case .careWorkerHourlyPay, .seniorCareWorkerHourlyPay, .registeredNurseAnnualPay,
            .registeredManagerAnnualPay:
            "3 KPI-PAY, 4"
        }
    }

    /// Whether only directly employed records (`EMPLSTATUS` 1 or 2) count. The spec names *DE* for
    /// turnover, starters, vacancies, time in role and pay, and Carepath's sickness default; the
    /// rest are over every contract type.
    public var countsDirectlyEmployedOnly: Bool {
        switch self {
        case .turnover, .starters, .vacancy, .recruitedWithinSector, .recruitedInternally, .sicknessDays,
            .sicknessTotalDays, .timeInRole, .careWorkerHourlyPay, .seniorCareWorkerHourlyPay,
            .registeredNurseAnnualPay, .registeredManagerAnnualPay:
            true
        default: false
        }
    }

    /// Whether the value is a median of known values (pay), which cannot be summed over
    /// workplaces: its numerator, like its denominator, is the number of values.
    public var isMedian: Bool { unit == .poundsPerHour || unit == .poundsPerYear }

    /// The value from summed totals: the median of `values` for pay, the total for total sickness
    /// days, otherwise numerator ÷ denominator; `nil` when nothing counts.
    public func value(numerator: Double, denominator: Double, values: [Double]) -> Double? {
        guard denominator > 0 else { return nil }
        if isMedian { return values.median }
        return self == .sicknessTotalDays ? numerator : numerator / denominator
    }

    /// Whether the figure is withheld below the minimum coverage (`CAREPATH_KPI_MIN_COVERAGE`);
    /// the spec names time in role.
    public var isCoverageGated: Bool { self == .timeInRole }

    /// Whether the value rests on the workplaces' declared totals rather than on staff records alone.
    public var usesDeclaredTotals: Bool {
        self == .turnover || self == .starters || self == .vacancy
    }
}
