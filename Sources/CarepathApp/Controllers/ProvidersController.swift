import ASCWDS
import Vapor

/// Provider organisations: who has sent returns, and their current workplaces.
struct ProvidersController: Sendable {
    func list(_ request: Request) async throws -> Response {
        let visible = try await request.access.visibleProviders()
        let organisations = try await ProviderRepository(database: request.db).organisations(only: visible)
        return HTMLResponse.page(
            ProvidersPage.render(.init(organisations: organisations, isDemo: request.isDemo)), for: request)
    }

    func detail(_ request: Request) async throws -> Response {
        let (organisation, workplaces, returns) = try await provider(request)
        let names = request.application.ascwdsCodes.labels(.mainServices)
        var model = ProviderPage.Model(
            organisation: organisation, workplaces: workplaces, returns: returns, serviceNames: names,
            isDemo: request.isDemo)
        let entity = try await request.access.provider(organisation.reference, for: .viewOrganisation)
        model.canViewStaff = try await request.access.allows(.viewStaffRecords, organisationID: entity.id!)
        model.canViewFigures = try await request.access.allows(.viewWorkplaceFigures, organisationID: entity.id!)
        model.canViewAudit = try await request.access.allows(.viewAuditLog, organisationID: entity.id!)
        model.canManageMembers = try await request.access.allows(.manageMembers, organisationID: entity.id!)
        model.canManageSharing = try await request.access.allows(.manageSharing, organisationID: entity.id!)
        return HTMLResponse.page(ProviderPage.render(model), for: request)
    }

    func apiList(_ request: Request) async throws -> APIv1.ProviderList {
        let visible = try await request.access.visibleProviders()
        let organisations = try await ProviderRepository(database: request.db).organisations(only: visible)
        return APIv1.ProviderList(count: organisations.count, providers: organisations.map(APIv1.Provider.init))
    }

    func apiDetail(_ request: Request) async throws -> APIv1.ProviderDetail {
        let (organisation, workplaces, returns) = try await provider(request)
        return APIv1.ProviderDetail(
            provider: APIv1.Provider(organisation), workplaces: workplaces.map(APIv1.ProviderWorkplace.init),
            returns: returns.map(APIv1.ProviderReturn.init))
    }

    private func provider(_ request: Request) async throws -> (OrganisationSummary, [WorkplaceSummary], [ReturnSummary])
    {
        let reference = request.parameters.get(SiteURL.Segment.reference) ?? ""
        _ = try await request.access.provider(reference, for: .viewOrganisation)
        guard let found = try await ProviderRepository(database: request.db).organisation(reference) else {
            throw CarepathError.providerNotFound(reference: reference)
        }
        return found
    }
}

extension APIv1 {
    struct Provider: Content, Equatable {
        var reference: String
        var name: String
        var workplaces: Int
        var staff: Int
        var latestReturn: String?
        var href: String

        init(_ summary: OrganisationSummary) {
            reference = summary.reference
            name = summary.name
            workplaces = summary.workplaces
            staff = summary.staff
            latestReturn = summary.latestReturn
            href = "/api/v1" + SiteURL.provider(summary.reference).path
        }
    }

    struct ProviderList: Content, Equatable {
        var count: Int
        var providers: [Provider]
    }

    struct ProviderWorkplace: Content, Equatable {
        var reference: String
        var name: String
        var postcode: String?
        var cassrCode: String?
        var mainService: Int?
        var cqcRegulated: Bool?
        var staff: Int

        init(_ workplace: WorkplaceSummary) {
            reference = workplace.reference
            name = workplace.name
            postcode = workplace.postcode
            cassrCode = workplace.cassrCode
            mainService = workplace.mainService
            cqcRegulated = workplace.cqcRegulated
            staff = workplace.staff
        }
    }

    struct ProviderReturn: Content, Equatable {
        var id: UUID
        var asOf: String
        var rows: Int
        var errors: Int
        var warnings: Int

        init(_ summary: ReturnSummary) {
            id = summary.id
            asOf = summary.asOf
            rows = summary.rows
            errors = summary.errors
            warnings = summary.warnings
        }
    }

    struct ProviderDetail: Content, Equatable {
        var provider: Provider
        var workplaces: [ProviderWorkplace]
        var returns: [ProviderReturn]
    }
}

extension Application {
    private struct CodeListsKey: StorageKey {
        typealias Value = CodeLists
    }

    /// The ASC-WDS code lists, loaded once by ``configure(_:config:)``.
    var ascwdsCodes: CodeLists {
        get {
            guard let codes = storage[CodeListsKey.self] else {
                fatalError("configure(_:config:) loads the code lists")
            }
            return codes
        }
        set { storage[CodeListsKey.self] = newValue }
    }
}
