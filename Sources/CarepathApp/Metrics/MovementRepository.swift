import CarepathCore
import Fluent
import Foundation
import SQLKit

/// Measures starters and leavers from the staff records that appear and disappear between a
/// workplace's returns, for every current workplace of an area.
///
/// Three grouped queries, whatever the number of workplaces: the area's current workplaces, then
/// starters and leavers counted per workplace, so each returns at most one row per workplace. The
/// statements are the same on SQLite and PostgreSQL.
///
/// Each workplace's window is worked out in SQL from its current as-of date, as text: the same
/// month and day a year earlier (`2024-02-29` gives `2023-02-29`, which compares with real dates
/// exactly as 28 February does, so it agrees with ``MovementWindow``).
///
/// The counting queries reach the staff tables through `CROSS JOIN` from the area's workplaces.
/// SQLite keeps no table statistics unless `ANALYZE` has run, so it cannot tell the small
/// workplaces table from the large staff tables and may scan every staff record; `CROSS JOIN` is
/// its documented way to fix the loop order, while PostgreSQL treats it as an ordinary inner join
/// (the conditions are in `WHERE`) and plans it from its statistics. Each loop then reads the
/// indexes of migration 012 for the records of the window only.
struct MovementRepository {
    let database: any Database

    /// One entry per current (not removed) workplace in the area, ordered by reference.
    ///
    /// - Parameters:
    ///   - areaLevel: `.country` takes every workplace (and ignores `areaCode`); the other levels
    ///     match the region, CASSR or district of the workplace's current version.
    ///   - areaCode: the area's GSS code (E12…, the CASSR's code, or a district code).
    func movement(areaLevel: AreaLevel, areaCode: String) async throws -> [WorkplaceMovement] {
        let area = Self.areaCondition(areaLevel, code: areaCode)
        var workplaces = try await currentWorkplaces(area)
        guard !workplaces.isEmpty else { return [] }
        for row in try await starters(area) {
            workplaces[row.workplaceID]?.measuredStarters = row.starters
        }
        for row in try await leavers(area) {
            workplaces[row.workplaceID]?.measuredLeavers = row.leavers
            workplaces[row.workplaceID]?.leaversWithPersonKey = row.withPersonKey
            workplaces[row.workplaceID]?.leaversStayedInSector = row.stayedInSector
        }
        return workplaces.values.sorted {
            ($0.reference, $0.workplaceID.uuidString) < ($1.reference, $1.workplaceID.uuidString)
        }
    }

    /// The workplaces' joins shared by every query: current workplaces (`w`) with their current
    /// version (`cv`).
    private static let currentWorkplaceJoin: SQLQueryString =
        "FROM workplaces w JOIN workplace_versions cv ON cv.id = w.current_version_id "

    /// `column` inside the window of the workplace whose current version is `cv`: after the same
    /// date a year before, up to and including the current as-of date.
    private static func inWindow(_ column: SQLColumn) -> SQLQueryString {
        "\(column) > (CAST(CAST(SUBSTR(cv.as_of, 1, 4) AS INTEGER) - 1 AS TEXT) || SUBSTR(cv.as_of, 5)) "
            + "AND \(column) <= cv.as_of"
    }

    /// `w.removed_return_id IS NULL`, and the current version's area column equal to `code`.
    static func areaCondition(_ level: AreaLevel, code: String) -> SQLQueryString {
        let condition: SQLQueryString = "w.removed_return_id IS NULL"
        switch level {
        case .country: return condition
        case .region: return condition + " AND cv.region_code = \(bind: code)"
        case .cassr: return condition + " AND cv.cassr_code = \(bind: code)"
        case .district: return condition + " AND cv.district_code = \(bind: code)"
        }
    }

    /// The area's current workplaces, with the dates of their first and current returns.
    private func currentWorkplaces(_ area: SQLQueryString) async throws -> [UUID: WorkplaceMovement] {
        let rows = try await database.sql.raw(
            "SELECT w.id AS id, w.reference AS reference, w.organisation_id AS organisation_id, "
                + "cv.as_of AS as_of, fr.as_of AS first_as_of " + Self.currentWorkplaceJoin
                + "JOIN returns fr ON fr.id = w.first_return_id WHERE " + area
        ).all()
        var workplaces: [UUID: WorkplaceMovement] = [:]
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            workplaces[id] = WorkplaceMovement(
                workplaceID: id, reference: try row.decode(column: "reference", as: String.self),
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                asOf: try Self.date(row, "as_of"), firstAsOf: try Self.date(row, "first_as_of"))
        }
        return workplaces
    }

    /// Directly employed records created at each workplace by a return dated inside its window.
    ///
    /// A record's creating version is the only one with row status `NEW` (the importer writes
    /// later ones as `UPDATE`, `UNCHECKED` or `NOCHANGE`); the partial index
    /// `staff_versions_created` holds exactly those versions with every column used here, so the
    /// versions table itself is not read. The version's workplace is where the record started, even
    /// if it has moved since. Records of the workplace's first return are the baseline.
    private func starters(_ area: SQLQueryString) async throws -> [StarterCount] {
        let rows = try await database.sql.raw(
            "SELECT w.id AS workplace_id, COUNT(*) AS starters " + Self.currentWorkplaceJoin
                + "CROSS JOIN staff_versions fv WHERE " + area + " AND fv.workplace_id = w.id "
                + "AND fv.row_status = 'NEW' AND " + Self.inWindow(SQLColumn("as_of", table: "fv"))
                + " AND fv.return_id <> w.first_return_id AND fv.employment_status IN (1, 2) GROUP BY w.id"
        ).all()
        return try rows.map { row in
            StarterCount(
                workplaceID: try row.decode(column: "workplace_id", as: UUID.self),
                starters: try row.decode(column: "starters", as: Int.self))
        }
    }

    /// Directly employed records removed from each workplace by a return dated inside its window,
    /// with how many carry a person key and how many of those are on another workplace's records
    /// that were not removed before the leaving date.
    ///
    /// A workplace's returns are those with a version of it (`wv`); the index `staff_removed` finds
    /// the records each of them removed. A removed record gets no new version, so its current
    /// version is its last.
    private func leavers(_ area: SQLQueryString) async throws -> [LeaverCount] {
        let rows = try await database.sql.raw(
            "SELECT w.id AS workplace_id, COUNT(*) AS leavers, "
                + "COUNT(s.person_key) AS keyed, SUM(CASE WHEN s.person_key IS NOT NULL AND EXISTS ("
                + "SELECT 1 FROM staff o LEFT JOIN returns orr ON orr.id = o.removed_return_id "
                + "WHERE o.person_key = s.person_key AND o.workplace_id <> s.workplace_id "
                + "AND (o.removed_return_id IS NULL OR orr.as_of >= wv.as_of)) THEN 1 ELSE 0 END) AS stayed "
                + Self.currentWorkplaceJoin + "CROSS JOIN workplace_versions wv CROSS JOIN staff s "
                + "JOIN staff_versions lv ON lv.id = s.current_version_id WHERE " + area
                + " AND wv.workplace_id = w.id AND " + Self.inWindow(SQLColumn("as_of", table: "wv"))
                + " AND s.workplace_id = w.id AND s.removed_return_id = wv.return_id "
                + "AND lv.employment_status IN (1, 2) GROUP BY w.id"
        ).all()
        return try rows.map { row in
            LeaverCount(
                workplaceID: try row.decode(column: "workplace_id", as: UUID.self),
                leavers: try row.decode(column: "leavers", as: Int.self),
                withPersonKey: try row.decode(column: "keyed", as: Int.self),
                stayedInSector: try row.decode(column: "stayed", as: Int?.self) ?? 0)
        }
    }

    private static func date(_ row: any SQLRow, _ column: String) throws -> CalendarDate {
        let text = try row.decode(column: column, as: String.self)
        guard let date = CalendarDate(iso: text) else {
            throw MovementDataError(description: "a stored as-of date is \(text), not YYYY-MM-DD")
        }
        return date
    }
}

/// Starters at one workplace in its window.
private struct StarterCount {
    var workplaceID: UUID
    var starters: Int
}

/// Leavers from one workplace in its window.
private struct LeaverCount {
    var workplaceID: UUID
    var leavers: Int
    var withPersonKey: Int
    var stayedInSector: Int
}
