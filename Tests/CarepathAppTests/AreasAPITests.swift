import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Areas API")
struct AreasAPITests {
    @Test("/api/v1/areas lists England, 9 regions, 153 councils and 296 districts")
    func list() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas") { response async throws in
                #expect(response.status == .ok)
                let list = try response.content.decode(APIv1.AreaList.self)
                #expect(list.count == 1 + 9 + 153 + 296)
                let byLevel = Dictionary(grouping: list.areas, by: \.level).mapValues(\.count)
                #expect(byLevel == [.country: 1, .region: 9, .cassr: 153, .district: 296])
                let norwich = try #require(list.areas.first { $0.code == "E07000148" })
                #expect(norwich.parent?.code == "E10000020")
                #expect(norwich.href == "/api/v1/areas/E07000148")
            }
        }
    }

    @Test("filters by level and parent")
    func filters() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas?level=cassr&parent=E12000006") { response async throws in
                let list = try response.content.decode(APIv1.AreaList.self)
                #expect(list.count == 11)
                #expect(list.areas.allSatisfy { $0.parent?.code == "E12000006" && $0.level == .cassr })
            }
            try await app.testing().test(.GET, "/api/v1/areas?level=county") { response async throws in
                #expect(response.status == .badRequest)
                #expect(try response.content.decode(APIErrorBody.self).error.message.contains("county"))
            }
        }
    }

    @Test("/api/v1/areas/{code} gives the area, its ancestors, centre and children")
    func detail() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas/E10000020") { response async throws in
                #expect(response.status == .ok)
                let area = try response.content.decode(APIv1.AreaDetail.self)
                #expect(area.name == "Norfolk")
                #expect(area.level == .cassr)
                #expect(area.parent?.code == "E12000006")
                #expect(area.ancestors.map(\.code) == ["E92000001", "E12000006"])
                #expect(area.children.count == 7)
                #expect(area.isAlsoDistrict == false)
                // The reference README's Norfolk centroid vector: 52.66089851 N, 1.10133453 E.
                #expect(area.centre?.latitude == 52.6609)
                #expect(area.centre?.longitude == 1.10133)
                #expect(area.htmlHref == "/areas/E10000020")
            }
            try await app.testing().test(.GET, "/api/v1/areas/E92000001") { response async throws in
                let england = try response.content.decode(APIv1.AreaDetail.self)
                #expect(england.children.count == 9)
                #expect(england.parent == nil)
            }
        }
    }

    @Test("an unknown area is a JSON 404")
    func notFound() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas/E99999999") { response async throws in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .json)
                let body = try response.content.decode(APIErrorBody.self)
                #expect(
                    body.error == .init(status: 404, code: "area-not-found", message: "no area has the code E99999999"))
            }
            try await app.testing().test(.GET, "/api/v1/nothing-here") { response async throws in
                #expect(response.status == .notFound)
                #expect(try response.content.decode(APIErrorBody.self).error.code == "not-found")
            }
        }
    }
}
