import Foundation

/// Who may issue course completions as a training provider: its editors and admins, signed in
/// (never a token), and only for their own training provider.
public enum CoursePolicy {
    /// Whether `principal` may issue and revoke course completions as the training provider `organisationID`.
    public static func mayIssue(_ principal: Principal, asTrainingProvider organisationID: UUID) -> Bool {
        guard principal.tokenScopes == nil else { return false }
        return principal.memberships.contains { membership in
            membership.organisationID == organisationID && membership.kind == .trainingProvider
                && membership.workplaceID == nil && membership.role >= .editor
        }
    }
}
