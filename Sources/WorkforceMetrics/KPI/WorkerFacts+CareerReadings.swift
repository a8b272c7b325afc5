/// How the employment and career KPIs read one record (workforce-metrics.md 3).
extension WorkerFacts {
    /// `RECSOURCE` 16.
    static let recruitmentSourceDontKnow = 16
    /// Care-providing roles, after ASC-WDS `Services.careProvidingStaff` (KPI-QUALIFIED): senior care
    /// worker, care worker, community support and outreach, employment support, advice and
    /// advocacy, other care-providing, nursing assistant.
    static let careProvidingRoles: Set<Int> = [7, 8, 9, 10, 11, 23, 38]
    static let qualificationLevels = 0...8

    /// Starters of the period by `RECSOURCE`: 1 when the source is one of `sources`. Starters are
    /// records whose main-role start date falls in the period.
    func recruitment(from sources: Set<Int>, during period: ReferencePeriod) -> WorkerObservation {
        guard let start = mainRoleStartDate, period.contains(start) else { return .outsidePopulation }
        guard let source = recruitmentSource, source != Self.recruitmentSourceDontKnow else { return .unknown }
        return .share(sources.contains(source))
    }

    /// 1 when the main-role start date is 12 months or more before the count date; unknown without
    /// a start date. The complement of a starter, so starters and stayers add up to the known dates.
    func inRoleForAYear(_ period: ReferencePeriod) -> WorkerObservation {
        .share(mainRoleStartDate.map { $0 <= period.dayBefore })
    }

    /// Care-providing staff only. Yes with level 2–8 counts above, yes with level 0–1 and no below;
    /// don't know, and yes with level 999 or no level, are unknown (ASC-WDS
    /// `countSocialCareQualificationsAndNoQualifications`).
    var qualifiedAtLevel2: WorkerObservation {
        guard let role = mainJobRole, Self.careProvidingRoles.contains(role) else { return .outsidePopulation }
        switch socialCareQualification {
        case 1:
            guard let level = socialCareQualificationLevel, Self.qualificationLevels.contains(level) else {
                return .unknown
            }
            return .share(level >= 2)
        case 2: return .share(false)
        default: return .unknown
        }
    }

    /// The year of the count date − `STARTINSECT`. A start after the count year cannot be right at
    /// that date, so it is unknown rather than negative.
    func yearsInSector(at countYear: Int) -> Double? {
        guard let start = yearStartedInSector, start <= countYear else { return nil }
        return Double(countYear - start)
    }

    /// A yes/no code (1 yes, 2 no); any other code, 999 included, is unknown.
    static func yesNo(_ code: Int?) -> Bool? {
        switch code {
        case 1: true
        case 2: false
        default: nil
        }
    }
}
