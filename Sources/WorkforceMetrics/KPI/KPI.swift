/// The workforce KPIs Carepath computes from staff records and declared totals
/// (workforce-metrics.md 3). Raw values are stable URL segments, such as `turnover`.
public enum KPI: String, Sendable, Hashable, Codable, CaseIterable {
    /// Declared leavers ÷ directly employed records (KPI-TURNOVER).
    case turnover
    /// Declared starters ÷ directly employed records (KPI-STARTERS).
    case starters
    /// Declared vacancies ÷ (directly employed records + vacancies) (KPI-VACANCY).
    case vacancy
    /// Directly employed starters of the last 12 months recruited from adult social care (`RECSOURCE`
    /// 1 or 2) ÷ those with a known source (KPI-RECRUITED-WITHIN).
    case recruitedWithinSector = "recruited-within-sector"
    /// The same starters recruited by internal promotion or transfer (`RECSOURCE` 8), reported
    /// separately by the spec.
    case recruitedInternally = "recruited-internally"
    /// Mean days sick in the last 12 months of directly employed workers with a known value
    /// (KPI-SICKNESS, Carepath default population).
    case sicknessDays = "sickness-days"
    /// Total days sick of the same workers (KPI-SICKNESS "total days lost").
    case sicknessTotalDays = "sickness-total-days"
    /// Share on zero-hours contracts, all contract types (KPI-ZERO-HOURS).
    case zeroHours = "zero-hours"
    /// Share of care-providing staff with a social-care qualification at level 2 or above
    /// (KPI-QUALIFIED).
    case qualified
    /// Share of directly employed staff in their main role for 12 months or more (KPI-TIME-IN-ROLE).
    case timeInRole = "time-in-role"
    /// Mean years in adult social care (KPI-EXPERIENCE).
    case experienceYears = "experience-years"
    /// Share with 3 years or more in adult social care (KPI-EXPERIENCE).
    case experienceThreeYears = "experience-3-years"
    /// Mean age (KPI-DEMOGRAPHICS).
    case meanAge = "mean-age"
    /// Share aged under 25 (KPI-DEMOGRAPHICS).
    case agedUnder25 = "aged-under-25"
    /// Share aged 55 or over (KPI-DEMOGRAPHICS).
    case aged55AndOver = "aged-55-and-over"
    /// Share female: `GENDER` 2 ÷ 1, 2 and 4 (KPI-DEMOGRAPHICS).
    case female
    /// Share whose ethnic group is not White (KPI-DEMOGRAPHICS).
    case blackAndMinorityEthnic = "bme"
    /// Share of British nationality (KPI-DEMOGRAPHICS).
    case nationalityBritish = "nationality-british"
    /// Share with the nationality of an EU member state (KPI-DEMOGRAPHICS).
    case nationalityEU = "nationality-eu"
    /// Share with any other known nationality (KPI-DEMOGRAPHICS).
    case nationalityNonEU = "nationality-non-eu"
    /// Share disabled: `DISABLED` 1 ÷ 0 and 1 (KPI-DEMOGRAPHICS; special-category data, area level only).
    case disabled
    /// Median hourly pay of directly employed care workers, role 8 (KPI-PAY).
    case careWorkerHourlyPay = "care-worker-hourly-pay"
    /// Median hourly pay of directly employed senior care workers, role 7 (KPI-PAY).
    case seniorCareWorkerHourlyPay = "senior-care-worker-hourly-pay"
    /// Median annual full-time-equivalent pay of directly employed registered nurses, role 16 (KPI-PAY).
    case registeredNurseAnnualPay = "registered-nurse-annual-pay"
    /// Median annual full-time-equivalent pay of directly employed registered managers, role 4 (KPI-PAY).
    case registeredManagerAnnualPay = "registered-manager-annual-pay"
}
