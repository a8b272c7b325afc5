import CarepathCore
import Foundation
import Identity
import Planning
import Vapor

/// The area, role group and horizon a planning page or API call is for.
struct PlanningSelection: Sendable, Equatable {
    var group: JobRoleGroup?
    var horizon: Int?

    /// The group as it appears in URLs: a ``JobRoleGroup`` raw value or `all`.
    var groupKey: String { group?.rawValue ?? "all" }

    /// The group for headings.
    var groupName: String { group?.displayName ?? "All roles" }

    /// Reads `role` (`all` or a group) and `horizon` (1–30 years).
    init(role: String?, horizon: String?) throws {
        switch role {
        case nil, "", "all": group = nil
        case let raw?:
            guard let parsed = JobRoleGroup(rawValue: raw) else {
                let allowed = (["all"] + JobRoleGroup.allCases.map(\.rawValue)).joined(separator: ", ")
                throw CarepathError.invalidLevers([
                    LeverProblem(field: "role", message: "The role group \"\(raw)\" is not one of \(allowed).")
                ])
            }
            group = parsed
        }
        switch horizon {
        case nil, "": self.horizon = nil
        case let raw?:
            guard let years = Int(raw), (1...PlanningService.maximumHorizon).contains(years) else {
                throw CarepathError.invalidLevers([
                    LeverProblem(
                        field: "horizon",
                        message:
                            "The horizon must be a whole number of years from 1 to \(PlanningService.maximumHorizon).")
                ])
            }
            self.horizon = years
        }
    }

    /// The query items that select this group and horizon; defaults are left out.
    var queryItems: [URLQueryItem] {
        var items: [URLQueryItem] = []
        if let group { items.append(URLQueryItem(name: "role", value: group.rawValue)) }
        if let horizon { items.append(URLQueryItem(name: "horizon", value: String(horizon))) }
        return items
    }

    init(group: JobRoleGroup?, horizon: Int?) {
        self.group = group
        self.horizon = horizon
    }
}

extension Request {
    /// The area named in the path.
    /// - Throws: ``CarepathError/areaNotFound(code:)`` or ``CarepathError/invalidAreaCode(_:reason:)``.
    /// The planning area, once the caller is known to be allowed to change its saved scenarios.
    func planningAreaToEdit() async throws -> Area {
        guard principal != nil else { throw CarepathError.signInRequired(returnTo: url.string) }
        let area = try await planningArea()
        guard try await mayEditScenarios(area) else {
            throw CarepathError.forbidden(
                reason: "Only editors of this area's council or region can save or delete its scenarios.")
        }
        return area
    }

    /// Whether the caller may save and delete scenarios for `area` (``AreaPolicy``).
    func mayEditScenarios(_ area: Area) async throws -> Bool {
        guard let principal else { return false }
        guard let detail = try await geography.area(area.code) else { return false }
        let codes = [area.code.rawValue] + detail.ancestors.map(\.code.rawValue)
        return AreaPolicy.mayEditScenarios(principal, areaAndAncestors: codes)
    }

    func planningArea() async throws -> Area {
        let code = try areaCodeParameter()
        guard let detail = try await geography.area(code) else { throw CarepathError.areaNotFound(code: code.rawValue) }
        return detail.area
    }

    func planningSelection() throws -> PlanningSelection {
        try PlanningSelection(role: query[String.self, at: "role"], horizon: query[String.self, at: "horizon"])
    }

    /// Every value of a repeated query parameter, as checkboxes send them (`scenario=a&scenario=b`).
    func queryValues(named name: String) -> [String] {
        guard let query = url.query, let items = URLComponents(string: "?" + query)?.queryItems else { return [] }
        return items.filter { $0.name == name }.compactMap(\.value).filter { !$0.isEmpty }
    }
}
