/// The Workplace rules that compare a workplace's figures with its staff rows (spec 4.5).
///
/// Carepath counts every non-DELETE staff row of a workplace, taking UNCHECKED and NOCHANGE
/// workers' contract and job role from the stored record (quirk 10.13), and checks a NOCHANGE
/// workplace against the stored values it confirms (quirk 10.14). Workers being transferred out
/// still count at their old workplace.
public struct WorkplaceStaffCountRules: Sendable {
    /// What the rules need to know of one workplace row (or, for NOCHANGE, of its stored record).
    public struct Workplace: Sendable, Hashable {
        public var line: Int
        public var reference: String
        public var totalStaff: Int?
        /// Totals of the STARTERS, LEAVERS and VACANCIES lists, ignoring `999` items; `nil` when
        /// not given or "don't know".
        public var starters: Int?
        public var leavers: Int?
        public var vacancies: Int?
        /// Whether VACANCIES has a vacancy for job role 4 (registered manager).
        public var hasRegisteredManagerVacancy: Bool
        /// REGTYPE 2 with a main service other than head office (72).
        public var needsRegisteredManager: Bool

        public init(
            line: Int, reference: String, totalStaff: Int?, starters: Int?, leavers: Int?, vacancies: Int?,
            hasRegisteredManagerVacancy: Bool, needsRegisteredManager: Bool
        ) {
            self.line = line
            self.reference = reference
            self.totalStaff = totalStaff
            self.starters = starters
            self.leavers = leavers
            self.vacancies = vacancies
            self.hasRegisteredManagerVacancy = hasRegisteredManagerVacancy
            self.needsRegisteredManager = needsRegisteredManager
        }
    }

    private var staffCounts: [String: Int] = [:]
    private var registeredManagers: Set<String> = []

    public init() {}

    /// Counts one staff member at a workplace (by reference key); call for every non-DELETE row.
    public mutating func countStaff(atWorkplace key: String, isRegisteredManager: Bool) {
        staffCounts[key, default: 0] += 1
        if isRegisteredManager { registeredManagers.insert(key) }
    }

    /// The findings for one workplace, once every staff row has been counted.
    public func check(_ workplace: Workplace) -> [Finding] {
        let key = Cells.reference(workplace.reference)
        let count = staffCounts[key] ?? 0
        var findings: [Finding] = []
        func warn(_ code: Int, _ rule: String, _ column: String, _ value: String, _ message: String) {
            findings.append(
                Finding(
                    file: .workplace, line: workplace.line, localEstablishmentID: workplace.reference, column: column,
                    severity: .warning, code: code, rule: rule, value: value, message: message))
        }
        if let total = workplace.totalStaff {
            if total != count {
                warn(
                    2200, "WP-TOTALPERMTEMP-STAFF-COUNT", "TOTALPERMTEMP", String(total),
                    "TOTALPERMTEMP is \(total) but the Staff file has \(count) staff records for \(workplace.reference)"
                )
            } else {
                if let starters = workplace.starters, starters > count {
                    warn(
                        2310, "WP-STARTERS-RANGE", "STARTERS", String(starters),
                        "\(starters) starters is more than the \(count) staff at \(workplace.reference); check STARTERS"
                    )
                }
                if let leavers = workplace.leavers, leavers >= count {
                    warn(
                        2320, "WP-LEAVERS-RANGE", "LEAVERS", String(leavers),
                        "\(leavers) leavers is as many as or more than the \(count) staff at \(workplace.reference); check LEAVERS"
                    )
                }
                if let vacancies = workplace.vacancies, vacancies >= count {
                    warn(
                        2300, "WP-VACANCIES-RANGE", "VACANCIES", String(vacancies),
                        "\(vacancies) vacancies is as many as or more than the \(count) staff at \(workplace.reference); check VACANCIES"
                    )
                }
            }
        }
        if workplace.needsRegisteredManager, !registeredManagers.contains(key), !workplace.hasRegisteredManagerVacancy {
            warn(
                2301, "WP-REGISTERED-MANAGER-MISSING", "VACANCIES", "",
                "\(workplace.reference) is CQC-regulated but has no registered manager (MAINJOBROLE 4) in the Staff file; "
                    + "add the manager's record or record a registered-manager vacancy")
        }
        return findings
    }
}
