import CarepathCore
import Vapor

/// `/api/v1`: the same data as the pages, as JSON.
struct APIController: Sendable {
    func areas(_ request: Request) async throws -> APIv1.AreaList {
        let level: AreaLevel?
        if let raw = request.query[String.self, at: "level"] {
            guard let parsed = AreaLevel(rawValue: raw) else {
                let allowed = AreaLevel.allCases.map(\.rawValue).joined(separator: ", ")
                throw Abort(.badRequest, reason: "level \"\(raw)\" is not one of \(allowed)")
            }
            level = parsed
        } else {
            level = nil
        }
        var parent: AreaCode?
        if let raw = request.query[String.self, at: "parent"] {
            do {
                parent = try AreaCode(raw)
            } catch {
                throw Abort(.badRequest, reason: "parent \"\(raw)\" is not an area code: \(error.description)")
            }
        }
        let areas = try await request.geography.areas(level: level, parent: parent).map(APIv1.AreaListItem.init)
        return APIv1.AreaList(count: areas.count, areas: areas)
    }

    func area(_ request: Request) async throws -> APIv1.AreaDetail {
        let code = try request.areaCodeParameter()
        guard let detail = try await request.geography.area(code) else {
            throw CarepathError.areaNotFound(code: code.rawValue)
        }
        return APIv1.AreaDetail(detail)
    }

    func postcode(_ request: Request) async throws -> APIv1.PostcodeResult {
        let text = request.parameters.get(SiteURL.Segment.postcode) ?? ""
        let query: PostcodeQuery
        do {
            query = try PostcodeQuery(text)
        } catch {
            throw CarepathError.invalidPostcode(error)
        }
        switch try await request.geography.lookUp(query) {
        case .found(let location):
            return APIv1.PostcodeResult(location)
        case .notFound(let query, let suggestion):
            throw CarepathError.postcodeNotFound(query: query, suggestion: suggestion)
        }
    }
}
