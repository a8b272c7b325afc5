import ASCWDS
import CarepathCore
import Fluent
import Planning
import SQLKit

/// Reads the counts a projection is calibrated from, out of the current state of every workplace
/// in an area. The database groups the staff records, so no worker is loaded one by one.
struct PlanningRepository {
    let database: any Database

    /// The area's workforce for `group` (`nil` for every role), or `nil` when no workplace in the
    /// area has sent a return.
    func workforceBase(in area: Area, group: JobRoleGroup?) async throws -> WorkforceBase? {
        let filter = Self.areaFilter(area)
        let workplaces = try await currentWorkplaces(filter)
        guard let latest = workplaces.map(\.asOf).max(), let asOf = CalendarDate(iso: latest) else { return nil }
        let cutoff = asOf.adding(months: -12).description
        var base = WorkforceBase(asOfYear: asOf.year, stockByBand: Array(repeating: 0, count: AgeBand.allCases.count))
        var directlyEmployed: [String: Double] = [:]
        var staffByWorkplace: [String: Double] = [:]
        for row in try await staffGroups(filter, startedSince: cutoff) {
            let rowGroup = JobRoleGroup(jobRole: row.jobRole ?? 0)
            guard group == nil || group == rowGroup else { continue }
            if rowGroup == .directCare { base.directCareStock += row.count }
            staffByWorkplace[row.workplaceID, default: 0] += row.count
            if row.employmentStatus == 1 || row.employmentStatus == 2 {
                directlyEmployed[row.workplaceID, default: 0] += row.count
            }
            guard let yearOfBirth = row.yearOfBirth else {
                base.stockOfUnknownAge += row.count
                continue
            }
            let band = AgeBand(age: asOf.year - yearOfBirth).rawValue
            base.stockByBand[band] += row.count
            if row.startedRecently { base.recentStartersByBand[band] += row.count }
        }
        let total = staffByWorkplace.values.reduce(0, +)
        base.workplaceCount = staffByWorkplace.count
        base.largestWorkplaceShare = total > 0 ? (staffByWorkplace.values.max() ?? 0) / total : 0
        var declared = DeclaredTotals()
        for workplace in workplaces {
            declared.add(workplace.record, group: group, directlyEmployed: directlyEmployed[workplace.id] ?? 0)
        }
        base.declaredLeavers = declared.leavers
        base.declaredStarters = declared.starters
        base.declaredVacancies = declared.vacancies
        base.linkedLeavers = try await linkedLeavers(filter, group: group)
        return base
    }

    /// The areas (regions and councils) where at least one workplace has a current return.
    func areaCodesWithReturns() async throws -> Set<String> {
        let rows = try await database.sql.raw(
            """
            SELECT DISTINCT v.region_code AS region, v.cassr_code AS cassr FROM workplaces w
            JOIN workplace_versions v ON v.id = w.current_version_id WHERE w.removed_return_id IS NULL
            """
        ).all()
        var codes: Set<String> = []
        for row in rows {
            if let region = try row.decodeNil(column: "region") ? nil : row.decode(column: "region", as: String.self) {
                codes.insert(region)
            }
            if let cassr = try row.decodeNil(column: "cassr") ? nil : row.decode(column: "cassr", as: String.self) {
                codes.insert(cassr)
            }
        }
        return codes
    }

    /// The column of `workplace_versions` that places a workplace in `area`, and the code; `nil` for England.
    static func areaFilter(_ area: Area) -> (column: String, code: String)? {
        switch area.level {
        case .country: nil
        case .region: ("region_code", area.code.rawValue)
        case .cassr: ("cassr_code", area.code.rawValue)
        case .district: ("district_code", area.code.rawValue)
        }
    }
}
