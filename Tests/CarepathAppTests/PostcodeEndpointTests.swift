import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Postcode page and API")
struct PostcodeEndpointTests {
    @Test("the page shows district, council and region for NR1 3JU, however it is typed")
    func pageFound() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/postcodes?postcode=nr13ju") { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("Postcode NR1 3JU"))
                #expect(body.contains("Norwich"))
                #expect(body.contains("Norfolk</a> (E10000020)"))
                #expect(body.contains("East of England</a> (E12000006)"))
                #expect(body.contains("href=\"/areas/E10000020\""))
            }
        }
    }

    @Test("a malformed postcode shows the error summary, linked to the field, with status 400")
    func pageInvalid() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/postcodes?postcode=ZZ") { response async in
                #expect(response.status == .badRequest)
                let body = response.body.string
                #expect(body.contains("<title>Error: Find a postcode – Carepath</title>"))
                #expect(body.contains("There is a problem"))
                #expect(body.contains("href=\"#postcode\""))
                #expect(body.contains("aria-describedby=\"postcode-hint postcode-error\""))
                #expect(body.contains("value=\"ZZ\""))
            }
            try await app.testing().test(.GET, "/postcodes?postcode=") { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("Enter a postcode"))
            }
        }
    }

    @Test("an unknown postcode is a 404 page that suggests its sector")
    func pageNotFound() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/postcodes?postcode=NR1%203ZZ") { response async in
                #expect(response.status == .notFound)
                let body = response.body.string
                #expect(body.contains("NR1 3ZZ was not found"))
                #expect(body.contains("postcode sector NR1 3 is known"))
                #expect(body.contains("Norfolk"))
            }
        }
    }

    @Test("the API returns the location as JSON, and a 404 JSON error with the suggestion")
    func api() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/postcodes/NR1%203JU") { response async throws in
                #expect(response.status == .ok)
                let result = try response.content.decode(APIv1.PostcodeResult.self)
                #expect(result.key == "NR1 3JU")
                #expect(result.precision == .postcode)
                #expect(result.cassr.code == "E10000020")
                #expect(result.region.name == "East of England")
                #expect(result.location.easting == 623182)
            }
            try await app.testing().test(.GET, "/api/v1/postcodes/NR1%209ZZ") { response async throws in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .json)
                let error = try response.content.decode(APIErrorBody.self)
                #expect(error.error.code == "postcode-not-found")
                #expect(error.error.message.contains("outcode NR1"))
                #expect(error.suggestion?.key == "NR1")
            }
            try await app.testing().test(.GET, "/api/v1/postcodes/not-a-postcode") { response async throws in
                #expect(response.status == .badRequest)
                #expect(try response.content.decode(APIErrorBody.self).error.code == "invalid-postcode")
            }
        }
    }
}
