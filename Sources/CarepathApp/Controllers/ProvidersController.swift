import ASCWDS
import Identity
import Vapor

/// Provider organisations: who has sent returns, and their current workplaces.
struct ProvidersController: Sendable {
    func list(_ request: Request) async throws -> Response {
        let organisations = try await visibleOrganisations(request)
        return HTMLResponse.page(
            ProvidersPage.render(.init(organisations: organisations, isDemo: request.isDemo)), for: request)
    }

    func detail(_ request: Request) async throws -> Response {
        let (organisation, workplaces, returns, allowed) = try await provider(request)
        var model = ProviderPage.Model(
            organisation: organisation, workplaces: workplaces, returns: returns,
            serviceNames: request.application.ascwdsCodes.labels(.mainServices), isDemo: request.isDemo)
        model.canViewStaff = allowed.contains(.viewStaffRecords)
        model.canViewFigures = allowed.contains(.viewWorkplaceFigures)
        model.canViewAudit = allowed.contains(.viewAuditLog)
        model.canUpload = allowed.contains(.editRecords)
        model.canManageMembers = allowed.contains(.manageMembers)
        model.canManageSharing = allowed.contains(.manageSharing) || allowed.contains(.removeParentLink)
        return HTMLResponse.page(ProviderPage.render(model), for: request)
    }

    func apiList(_ request: Request) async throws -> APIv1.ProviderList {
        let organisations = try await visibleOrganisations(request)
        return APIv1.ProviderList(count: organisations.count, providers: organisations.map(APIv1.Provider.init))
    }

    func apiDetail(_ request: Request) async throws -> APIv1.ProviderDetail {
        let (organisation, workplaces, returns, _) = try await provider(request)
        return APIv1.ProviderDetail(
            provider: APIv1.Provider(organisation), workplaces: workplaces.map(APIv1.ProviderWorkplace.init),
            returns: returns.map(APIv1.ProviderReturn.init))
    }

    /// The providers the caller may know of, with figures only where the caller may see them.
    private func visibleOrganisations(_ request: Request) async throws -> [OrganisationSummary] {
        let visible = try await request.access.visibleProviders()
        return try await ProviderRepository(database: request.db).organisations(only: Set(visible.keys)).map {
            visible[$0.id]?.contains(.viewWorkplaceFigures) == true ? $0 : $0.withoutFigures
        }
    }

    /// The provider, its workplaces and returns, and what the caller may do with it. Without
    /// permission to see its figures, staff counts and returns are left out.
    private func provider(
        _ request: Request
    ) async throws
        -> (OrganisationSummary, [WorkplaceSummary], [ReturnSummary], Set<AccessAction>)
    {
        let reference = request.parameters.get(SiteURL.Segment.reference) ?? ""
        let (_, allowed) = try await request.access.provider(allowedActionsFor: reference)
        guard
            let (organisation, workplaces, returns) = try await ProviderRepository(database: request.db)
                .organisation(reference)
        else { throw CarepathError.providerNotFound(reference: reference) }
        guard allowed.contains(.viewWorkplaceFigures) else {
            let hidden = workplaces.map { workplace in
                var workplace = workplace
                workplace.staff = nil
                return workplace
            }
            return (organisation.withoutFigures, hidden, [], allowed)
        }
        return (organisation, workplaces, returns, allowed)
    }
}

extension APIv1 {
    struct Provider: Content, Equatable {
        var reference: String
        var name: String
        /// Left out when the caller may not see the provider's figures.
        var workplaces: Int?
        var staff: Int?
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
        var staff: Int?

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
