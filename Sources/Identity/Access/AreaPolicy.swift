/// Who may change what is shared for an area as a whole, such as its saved planning scenarios.
///
/// Aggregate figures are published under disclosure control, so reading them needs no policy.
public enum AreaPolicy {
    /// Whether `principal` may save or delete planning scenarios for an area, given the area's code
    /// followed by its ancestors' codes (its region, England).
    ///
    /// Editors and admins of a council may plan for their council and its districts; of a region,
    /// for the region and everything in it. Carepath's admins may plan anywhere. Tokens may not.
    public static func mayEditScenarios(_ principal: Principal, areaAndAncestors: [String]) -> Bool {
        guard principal.tokenScopes == nil else { return false }
        if principal.isPlatformAdmin { return true }
        return principal.memberships.contains { membership in
            guard membership.kind == .council || membership.kind == .region, membership.role >= .editor,
                let area = membership.areaCode
            else { return false }
            return areaAndAncestors.contains(area)
        }
    }
}
