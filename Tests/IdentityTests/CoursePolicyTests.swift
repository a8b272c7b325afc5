import Foundation
import Testing

@testable import Identity

@Suite("Course policy")
struct CoursePolicyTests {
    static let academy = UUID()

    static func person(_ kind: OrganisationKind, _ role: MemberRole, organisation: UUID = academy) -> Principal {
        Principal(userID: UUID(), memberships: [Membership(organisationID: organisation, kind: kind, role: role)])
    }

    @Test("A training provider's editors and admins issue for it; viewers, others and tokens do not")
    func whoMayIssue() {
        #expect(CoursePolicy.mayIssue(Self.person(.trainingProvider, .editor), asTrainingProvider: Self.academy))
        #expect(CoursePolicy.mayIssue(Self.person(.trainingProvider, .admin), asTrainingProvider: Self.academy))
        #expect(!CoursePolicy.mayIssue(Self.person(.trainingProvider, .viewer), asTrainingProvider: Self.academy))
        #expect(
            !CoursePolicy.mayIssue(
                Self.person(.trainingProvider, .admin, organisation: UUID()), asTrainingProvider: Self.academy))
        #expect(!CoursePolicy.mayIssue(Self.person(.provider, .admin), asTrainingProvider: Self.academy))
        #expect(!CoursePolicy.mayIssue(Self.person(.platform, .admin), asTrainingProvider: Self.academy))
        var token = Self.person(.trainingProvider, .admin)
        token.tokenScopes = Set(TokenScope.allCases)
        #expect(!CoursePolicy.mayIssue(token, asTrainingProvider: Self.academy))
    }
}
