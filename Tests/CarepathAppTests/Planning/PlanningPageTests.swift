import CarepathCore
import Fluent
import Foundation
import Planning
import Testing
import VaporTesting

@testable import CarepathApp

@Suite("Planning pages")
struct PlanningPageTests {
    private let regionPath = "/planning/\(PlanningFixture.region)"

    @Test("the start page lists the region with returns and the synthetic population, labelled as such")
    func index() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            try await app.testing().test(.GET, "/planning") { response async in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("href=\"/planning/E12000006\""))
                #expect(html.contains("SYNTHETIC demo data, not ONS figures"))
                #expect(!html.contains("href=\"/planning/E12000001\""))
            }
        }
    }

    @Test("the area page shows the baseline chart, its table, assumptions with origins, and the demo scenarios")
    func areaPage() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            try await app.testing().test(.GET, regionPath) { response async in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("Workforce projection: East of England"))
                #expect(html.contains("<svg class=\"cp-chart\""))
                #expect(html.contains("Baseline projection by year"))
                #expect(html.contains(">2040</th>"))
                #expect(html.contains("Assumptions behind the baseline"))
                #expect(html.contains("How certain is the gap?"))
                #expect(html.contains("Carepath returns"))
                #expect(html.contains("Synthetic</strong>"))
                #expect(html.contains("Values-based recruitment"))
                #expect(html.contains("name=\"scenario\""))
            }
            try await app.testing().test(.GET, regionPath + "?role=direct-care&horizon=5") { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Direct care roles"))
                #expect(response.body.string.contains(">2030</th>"))
                #expect(!response.body.string.contains(">2031</th>"))
            }
        }
    }

    @Test("bad filters and unknown areas get clear errors")
    func badRequests() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            try await app.testing().test(.GET, regionPath + "?role=nurses") { response async in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("The role group \"nurses\" is not one of"))
            }
            try await app.testing().test(.GET, regionPath + "?horizon=99") { response async in
                #expect(response.status == .unprocessableEntity)
            }
            try await app.testing().test(.GET, "/planning/E12000099") { response async in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, "/planning/E12000001") { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("No returns yet"))
            }
        }
    }

    @Test("a scenario with out-of-range levers is refused field by field, and nothing is saved")
    func invalidScenario() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            let before = try await PlanningScenarioEntity.query(on: app.db).count()
            var planner = try await PlanningFixture.regionEditor(app)
            let form = [
                "name": "", "turnoverRate": "120", "recruitmentCostPerHire": "-5", "internationalCap": "lots",
                "demandDriver": "aged-65-plus",
            ]
            do {
                let response = try await planner.post(app, regionPath + "/scenarios", form: form)
                #expect(response.status == .unprocessableEntity)
                let html = response.body.string
                #expect(html.contains("There is a problem"))
                #expect(html.contains("<a href=\"#name\">Enter a name for the scenario</a>"))
                #expect(html.contains("<a href=\"#turnoverRate\">Turnover must be between 0% and 100%.</a>"))
                #expect(
                    html.contains(
                        "<a href=\"#recruitmentCostPerHire\">The recruitment cost per hire must be 0 or more.</a>"))
                #expect(html.contains("Cap on international entrants a year must be a number"))
                #expect(html.contains("value=\"120\""))
                #expect(html.contains("<title>Error: "))
            }
            #expect(try await PlanningScenarioEntity.query(on: app.db).count() == before)
        }
    }

    @Test("a saved scenario is compared with the baseline, on the page and as CSV")
    func saveAndCompare() async throws {
        try await withTestApp { app in
            try await PlanningFixture.load(app)
            let form = [
                "name": "Turnover down a fifth", "turnoverMultiplier": "0.8", "fromYear": "2026",
                "demandDriver": "aged-75-plus",
            ]
            // Nobody signed in, and a council editor outside the region, cannot save.
            var anonymous = TestSession()
            _ = try await anonymous.get(app, "/sign-in")
            #expect(try await anonymous.post(app, regionPath + "/scenarios", form: form).status == .seeOther)
            var suffolk = try await TestAccounts.session(
                app, organisation: "SUFFOLK", kind: .council, role: .editor, area: "E10000029")
            let outside = try await suffolk.post(app, "/planning/E10000020/scenarios", form: form)
            #expect(outside.status == .forbidden)
            var planner = try await PlanningFixture.regionEditor(app)
            let saved = try await planner.post(app, regionPath + "/scenarios", form: form)
            #expect(saved.status == .seeOther)
            let location = saved.headers.first(name: .location) ?? ""
            #expect(location.hasPrefix(regionPath + "/compare?scenario="))
            try await app.testing().test(.GET, location) { response async in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("Compare scenarios: East of England"))
                #expect(html.contains("Turnover down a fifth"))
                #expect(html.contains("Gap (posts) by year and scenario"))
                #expect(html.contains("Population aged 75 and over"))
            }
            let csvPath = location.replacingOccurrences(of: "/compare?", with: "/compare.csv?")
            try await app.testing().test(.GET, csvPath) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                let lines = response.body.string.split(separator: "\r\n")
                #expect(lines.first?.hasPrefix("area_code,area_name,role_group,scenario,year") == true)
                // Baseline and one scenario, 2025 to 2040 each.
                #expect(lines.count == 1 + 2 * 16)
                #expect(lines.contains { $0.contains(",Turnover down a fifth,2040,") })
            }
            try await app.testing().test(.GET, regionPath + "/compare?scenario=not-an-id") { response async in
                #expect(response.status == .notFound)
            }

            let id = String(location.split(separator: "=").last ?? "")
            let deleted = try await planner.post(app, regionPath + "/scenarios/\(id)/delete")
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers.first(name: .location) == regionPath)
            #expect(
                try await ScenarioStore(database: app.db).scenarios(in: AreaCode(PlanningFixture.region)).map(\.name)
                    .contains("Turnover down a fifth") == false)
            // Another area cannot delete this area's scenarios, nor can an id be deleted twice.
            #expect(try await planner.post(app, regionPath + "/scenarios/\(id)/delete").status == .notFound)
            let norfolkID = try #require(
                try await ScenarioStore(database: app.db).scenarios(in: AreaCode("E10000020")).first?.id)
            let elsewhere = try await planner.post(
                app, regionPath + "/scenarios/\(norfolkID.uuidString.lowercased())/delete")
            #expect(elsewhere.status == .notFound)
            #expect(
                try await ScenarioStore(database: app.db).scenarios(in: AreaCode("E10000020")).count
                    == DemoPlanning.scenarios.count)
        }
    }
}
