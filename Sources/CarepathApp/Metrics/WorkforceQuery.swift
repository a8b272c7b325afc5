import ASCWDS
import CarepathCore
import Vapor
import WorkforceMetrics

/// The filters of a workforce page or API call: `service`, `role`, `sector` and `at`, each
/// checked against the values it may take.
struct WorkforceQuery: Sendable, Hashable {
    var serviceGroup: String?
    var roleGroup: JobRoleGroup?
    var sector: WorkplaceSector?
    /// The month of the figures; `nil` for the latest month with returns.
    var month: YearMonth?

    init(
        serviceGroup: String? = nil, roleGroup: JobRoleGroup? = nil, sector: WorkplaceSector? = nil,
        month: YearMonth? = nil
    ) {
        self.serviceGroup = serviceGroup
        self.roleGroup = roleGroup
        self.sector = sector
        self.month = month
    }

    /// Reads the filters; a blank value means "all".
    /// - Throws: ``CarepathError/invalidFilter(field:value:allowed:)`` naming the filter and what it may be.
    init(service: String?, role: String?, sector: String?, at: String?, serviceGroups: [String]) throws {
        func present(_ text: String?) -> String? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        if let service = present(service) {
            guard let group = serviceGroups.first(where: { Self.slug($0) == service || $0 == service }) else {
                throw CarepathError.invalidFilter(
                    field: "service", value: service, allowed: serviceGroups.map(Self.slug).joined(separator: ", "))
            }
            serviceGroup = group
        }
        if let role = present(role) {
            guard let group = JobRoleGroup(rawValue: role) else {
                throw CarepathError.invalidFilter(
                    field: "role", value: role, allowed: JobRoleGroup.allCases.map(\.rawValue).joined(separator: ", "))
            }
            roleGroup = group
        }
        if let sector = present(sector) {
            guard let value = WorkplaceSector(rawValue: sector) else {
                throw CarepathError.invalidFilter(
                    field: "sector", value: sector,
                    allowed: WorkplaceSector.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.sector = value
        }
        if let at = present(at) {
            guard let month = YearMonth(iso: at) else {
                throw CarepathError.invalidFilter(field: "at", value: at, allowed: "a month written YYYY-MM")
            }
            self.month = month
        }
    }

    /// A service group as a URL value: "Adult residential" becomes `adult-residential`.
    static func slug(_ serviceGroup: String) -> String {
        serviceGroup.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    /// The cube filter for `area`.
    func filter(_ area: AreaReference) -> MetricsFilter {
        MetricsFilter(
            areaLevel: area.level, areaCode: area.code.rawValue, serviceGroup: serviceGroup, roleGroup: roleGroup,
            sector: sector)
    }

    /// Query items for links that keep these filters.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let serviceGroup { items.append(("service", Self.slug(serviceGroup))) }
        if let roleGroup { items.append(("role", roleGroup.rawValue)) }
        if let sector { items.append(("sector", sector.rawValue)) }
        if let month { items.append(("at", month.description)) }
        return items
    }
}

extension CodeLists {
    /// The main-service groups (`service_category` of `main-services.csv`), in the list's order.
    var serviceGroups: [String] {
        var groups: [String] = []
        let services = self[.mainServices]
        for code in services.codes {
            if let group = services.attribute("service_category", of: code), !groups.contains(group) {
                groups.append(group)
            }
        }
        return groups
    }
}
