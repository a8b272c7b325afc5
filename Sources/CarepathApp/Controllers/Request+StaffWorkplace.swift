import Fluent
import Vapor

/// A workplace named in the path, whose staff records the signed-in person may see.
struct StaffWorkplace {
    var organisation: OrganisationEntity
    var id: UUID
    var name: String
    /// The `LOCALESTID` as the path gave it.
    var reference: String
}

extension Request {
    /// The `{reference}` provider's `{workplace}`, once the access policy allows its staff records.
    ///
    /// The organisation is checked first, so a caller who may not know it learns nothing about its
    /// workplaces; someone who could not see staff records anyway is told so, rather than which
    /// workplaces exist.
    func staffWorkplace() async throws -> StaffWorkplace {
        let reference = parameters.get(SiteURL.Segment.reference) ?? ""
        let workplaceReference = parameters.get(AccountURL.Segment.workplace) ?? ""
        let organisation = try await access.provider(reference, for: .viewOrganisation)
        guard
            let workplace = try await StaffRecordsRepository(database: db).workplace(
                organisationID: organisation.requireID(), reference: workplaceReference)
        else {
            _ = try await access.provider(reference, for: .viewStaffRecords)
            throw CarepathError.recordNotFound(kind: "workplace", id: workplaceReference)
        }
        _ = try await access.provider(reference, for: .viewStaffRecords, workplaceID: workplace.id)
        return StaffWorkplace(
            organisation: organisation, id: workplace.id, name: workplace.name, reference: workplaceReference)
    }
}
