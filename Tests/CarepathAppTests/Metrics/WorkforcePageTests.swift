import CarepathCore
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Workforce pages")
struct WorkforcePageTests {
    @Test("the dashboard, map, data-quality and provider pages render, and every table downloads")
    func pagesRender() async throws {
        try await withTestApp { app in
            try await WorkforceFixture.importRegion(app)
            var member = try await TestAccounts.session(app, organisation: "DEMO-EAST", role: .viewer)
            let pages: [(String, String)] = [
                ("/workforce/E12000006", "Key figures"),
                ("/workforce/E12000006?role=direct-care&service=adult-residential", "Key figures"),
                ("/workforce/E92000001", "By region"),
                ("/workforce/E12000001", "No returns yet"),
                ("/workforce/map?area=E12000006&kpi=vacancy", "<svg"),
                ("/workforce/map", "Hotspot map"),
                ("/workforce/E12000006/data-quality", "Returns received"),
                ("/workforce/E12000006/data-quality", "Starters and leavers: declared and measured"),
                ("/workforce/E12000001/data-quality", "No returns yet"),
                ("/providers/DEMO-EAST/workforce", "Same council"),
            ]
            for (path, text) in pages {
                let response = try await member.get(app, path)
                #expect(response.status == .ok, "\(path)")
                #expect(response.body.string.contains(text), "\(path) lacks \(text)")
            }
            for table in ["headline", "all", "trends", "area", "service-group", "role-group", "sector"] {
                try await app.testing().test(.GET, "/workforce/E12000006/csv?table=\(table)") { response async in
                    #expect(response.status == .ok, "\(table)")
                    #expect(response.headers.contentType?.subType == "csv")
                    let lines = response.body.string.split(separator: "\r\n")
                    #expect(lines.first?.hasPrefix("table,area_code,area_name,month") == true)
                    #expect(lines.count > 1, "\(table)")
                }
            }
            try await app.testing().test(.GET, "/workforce/E12000006/csv?table=everything") { response async in
                #expect(response.status == .badRequest)
            }
            try await app.testing().test(.GET, "/workforce/E99999999") { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, "/workforce/map?kpi=happiness") { response async in
                #expect(response.status == .notFound)
            }
        }
    }
}
