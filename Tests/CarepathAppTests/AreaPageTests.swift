import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Area browse pages")
struct AreaPageTests {
    @Test("the home page shows England, a postcode search and all 9 regions with their council counts")
    func home() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/") { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType == .html)
                let body = response.body.string
                #expect(body.contains("<title>Adult social care workforce in England – Carepath</title>"))
                #expect(body.contains("E92000001"))
                #expect(body.contains("<caption class=\"cp-table__caption\">Regions in England</caption>"))
                for region in [
                    "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
                    "East of England", "London", "South East", "South West",
                ] {
                    #expect(body.contains(">\(region)</a>"), "\(region)")
                }
                #expect(body.contains("href=\"/areas/E12000007\""))
                #expect(
                    body.contains("<td class=\"cp-table__cell cp-table__cell--numeric\">33</td>"),
                    "London's 33 councils")
                #expect(body.contains("action=\"/postcodes\""))
            }
        }
    }

    @Test("every page has the shared layout: skip link, main landmark, navigation, attribution")
    func layout() async throws {
        try await withTestApp { app in
            for path in ["/", "/areas/E12000006", "/areas/E10000020", "/postcodes", "/no-such-page"] {
                try await app.testing().test(.GET, path) { response async in
                    let body = response.body.string
                    #expect(body.hasPrefix("<!DOCTYPE html><html lang=\"en\">"), "\(path)")
                    #expect(body.contains("<a class=\"cp-skip-link\" href=\"#main-content\">Skip to main content</a>"))
                    #expect(body.contains("<main class=\"cp-main\" id=\"main-content\" tabindex=\"-1\">"), "\(path)")
                    #expect(body.contains("<nav class=\"cp-nav\" aria-label=\"Main\">"))
                    #expect(body.contains("Contains OS data © Crown copyright and database right 2025."))
                    #expect(body.contains("Open Government Licence v3.0"))
                    #expect(
                        response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
                }
            }
        }
    }

    @Test("a region lists its councils; the breadcrumb leads back to England")
    func region() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/areas/E12000006") { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("<h1 class=\"cp-heading-xl\">East of England</h1>"))
                #expect(
                    body.contains(
                        "<nav class=\"cp-breadcrumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">England</a></li></ol></nav>"
                    ))
                #expect(body.contains("Councils (adult social services) in East of England"))
                for council in ["Norfolk", "Suffolk", "Essex", "Thurrock", "Bedford", "Luton"] {
                    #expect(body.contains(">\(council)</a>"), "\(council)")
                }
                #expect(!body.contains(">Kent</a>"))
            }
        }
    }

    @Test("a county council lists its districts; a unitary says it is its own district")
    func councils() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/areas/E10000020") { response async in
                let body = response.body.string
                #expect(body.contains("<h1 class=\"cp-heading-xl\">Norfolk</h1>"))
                #expect(body.contains("County council with adult social services responsibilities"))
                #expect(body.contains("href=\"/areas/E12000006\">East of England</a>"))
                for district in [
                    "Norwich", "Breckland", "Broadland", "Great Yarmouth", "North Norfolk", "South Norfolk",
                ] {
                    #expect(body.contains(">\(district)</a>"), "\(district)")
                }
            }
            try await app.testing().test(.GET, "/areas/E06000055") { response async in
                let body = response.body.string
                #expect(body.contains("<h1 class=\"cp-heading-xl\">Bedford</h1>"))
                #expect(body.contains("and its own local authority district"))
                #expect(body.contains("Bedford is a single local authority district."))
            }
        }
    }

    @Test("a district shows its council and region in the breadcrumb")
    func district() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/areas/E07000148") { response async in
                #expect(response.status == .ok)
                let body = response.body.string
                #expect(body.contains("<h1 class=\"cp-heading-xl\">Norwich</h1>"))
                #expect(
                    body.contains(
                        "<li><a href=\"/areas/E12000006\">East of England</a></li><li><a href=\"/areas/E10000020\">Norfolk</a></li>"
                    ))
            }
        }
    }

    @Test("England's own code redirects home; old Barnsley and Sheffield codes redirect to the new ones")
    func redirects() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/areas/E92000001") { response async in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/")
            }
            try await app.testing().test(.GET, "/areas/E08000016") { response async in
                #expect(response.status == .movedPermanently)
                #expect(response.headers.first(name: .location) == "/areas/E08000038")
            }
        }
    }

    @Test(
        "unknown and malformed codes, and unknown paths, get a 404 page",
        arguments: ["/areas/E99999999", "/areas/not-a-code", "/no-such-page"])
    func notFound(path: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { response async in
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .html)
                let body = response.body.string
                #expect(body.contains("not found"))
                #expect(body.contains("href=\"/postcodes\""))
            }
        }
    }

    @Test("demo mode marks every page with a banner")
    func demoBanner() async throws {
        try await withTestApp(isDemo: true) { app in
            try await app.testing().test(.GET, "/") { response async in
                #expect(response.body.string.contains("This is a demonstration of Carepath"))
            }
        }
        try await withTestApp { app in
            try await app.testing().test(.GET, "/") { response async in
                #expect(!response.body.string.contains("This is a demonstration of Carepath"))
            }
        }
    }

    @Test("the stylesheet is served")
    func stylesheet() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/static/carepath.css") { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(".cp-skip-link"))
            }
        }
    }
}
