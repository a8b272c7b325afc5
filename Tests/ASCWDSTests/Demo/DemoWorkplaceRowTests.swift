import ASCWDS
import CarepathCore
import Testing

/// The Workplace rules of spec 4.2–4.5 the generated rows are built to satisfy.
@Suite("Demo upload generator: workplace rows")
struct DemoWorkplaceRowTests {
    @Test("TOTALPERMTEMP equals the staff rows; starters ≤ staff, leavers and vacancies < staff (2200, 2300–2320)")
    func staffCounts() throws {
        let upload = try DemoFixture.sample.get()
        let staff = upload.staffByWorkplace
        for row in upload.workplaces {
            let workers = staff[row.localEstablishmentID] ?? []
            #expect(DemoFixture.number(row["TOTALPERMTEMP"]) == workers.count, "\(row.localEstablishmentID)")
            #expect(!workers.isEmpty)
            let roles = DemoFixture.numbers(row["ALLJOBROLES"])
            #expect(roles == Set(workers.compactMap { DemoFixture.number($0["MAINJOBROLE"]) }).sorted())
            let starters = DemoFixture.numbers(row["STARTERS"])
            let leavers = DemoFixture.numbers(row["LEAVERS"])
            let vacancies = DemoFixture.numbers(row["VACANCIES"])
            #expect(starters.count == roles.count && leavers.count == roles.count && vacancies.count == roles.count)
            #expect(starters.reduce(0, +) <= workers.count)
            #expect(leavers.reduce(0, +) < workers.count)
            #expect(vacancies.reduce(0, +) < workers.count)
            // No registered-manager vacancy: regulated workplaces have one, others may not (2180).
            if let position = roles.firstIndex(of: 4) { #expect(vacancies[position] == 0) }
            // Starters are the permanent and temporary staff of each role who started in the last 12
            // months; leavers and vacancies, the turnover and vacancy rates times those staff, so never
            // more than there are.
            let yearAgo = DemoFixture.asOf.adding(months: -12)
            for (position, role) in roles.enumerated() {
                let employed = workers.filter {
                    $0["MAINJOBROLE"] == String(role) && DemoFixture.isDirectlyEmployed($0)
                }
                let recent = employed.filter { DemoFixture.date($0["STARTDATE"]).map { $0 > yearAgo } == true }
                #expect(recent.count == starters[position], "\(row.localEstablishmentID) role \(role)")
                #expect(leavers[position] <= employed.count, "\(row.localEstablishmentID) role \(role)")
                #expect(vacancies[position] <= employed.count, "\(row.localEstablishmentID) role \(role)")
            }
        }
    }

    @Test("one registered manager at each regulated non-head-office workplace, none elsewhere (2301, 1280)")
    func registeredManagers() throws {
        let upload = try DemoFixture.sample.get()
        let staff = upload.staffByWorkplace
        var regulated = 0
        for row in upload.workplaces {
            let managers = (staff[row.localEstablishmentID] ?? []).filter { $0["MAINJOBROLE"] == "4" }.count
            if row["REGTYPE"] == "2" && row["MAINSERVICE"] != "72" {
                regulated += 1
                #expect(managers == 1, "\(row.localEstablishmentID)")
            } else {
                #expect(managers == 0, "\(row.localEstablishmentID)")
            }
        }
        #expect(regulated > 100)
    }

    @Test("REGTYPE as the main service requires; CQC IDs well formed, and location IDs unique (1100–1110, 998)")
    func regulation() throws {
        let upload = try DemoFixture.sample.get()
        let services = try SpecFiles.codeLists()[.mainServices]
        #expect(Set(upload.workplaces.map(\.localEstablishmentID)).count == upload.workplaces.count)
        var locations = Set<String>()
        for row in upload.workplaces {
            let required = try #require(
                services.attribute("required_regtype_when_main_service", of: row["MAINSERVICE"]))
            #expect(required.components(separatedBy: " or ").contains(row["REGTYPE"]))
            if row["REGTYPE"] == "2" {
                #expect(DemoFixture.isCQCIdentifier(row["PROVNUM"]))
                if row["MAINSERVICE"] == "72" {
                    #expect(row["LOCATIONID"].isEmpty)
                } else {
                    #expect(DemoFixture.isCQCIdentifier(row["LOCATIONID"]))
                    #expect(locations.insert(row["LOCATIONID"]).inserted, "duplicate \(row["LOCATIONID"])")
                }
            } else {
                #expect(row["PROVNUM"].isEmpty && row["LOCATIONID"].isEmpty)
            }
        }
    }

    @Test("services, capacities and utilisations line up, asked only where main-services.csv asks (1120, 1140)")
    func services() throws {
        let upload = try DemoFixture.sample.get()
        let codes = try SpecFiles.codeLists()
        let table = codes[.mainServices]
        for row in upload.workplaces {
            let items = Cells.list(row["ALLSERVICES"])
            #expect(items.first == row["MAINSERVICE"])
            let services = items.filter { $0 != "0" }
            #expect(items.count == 2 && (items[1] == "0" || services.count == 2))
            #expect(services.allSatisfy { table.contains($0) })
            let capacity = Cells.list(row["CAPACITY"])
            let utilisation = Cells.list(row["UTILISATION"])
            let descriptions = Cells.list(row["SERVICEDESC"])
            #expect(capacity.count == services.count && utilisation.count == services.count)
            #expect(descriptions.count == services.count)
            for (position, service) in services.enumerated() {
                let asksCapacity = !(table.attribute("capacity_question", of: service) ?? "").isEmpty
                let asksUtilisation = !(table.attribute("utilisation_question", of: service) ?? "").isEmpty
                #expect(capacity[position].isEmpty != asksCapacity, "\(row.localEstablishmentID) \(service)")
                #expect(utilisation[position].isEmpty != asksUtilisation, "\(row.localEstablishmentID) \(service)")
                if let beds = DemoFixture.number(capacity[position]),
                    let used = DemoFixture.number(utilisation[position])
                {
                    #expect(used <= beds && beds < 9_999)
                }
            }
            let users = Cells.list(row["SERVICEUSERS"])
            if !row["SERVICEUSERS"].isEmpty {
                #expect(users.allSatisfy { codes[.serviceUsers].attribute("otheruserdesc_expected", of: $0) == "no" })
                #expect(Cells.list(row["OTHERUSERDESC"]).count == users.count)
            }
        }
    }

    @Test("answers only where asked: DHA, sleep-ins, travel time, pension percentage (2520–2592)")
    func conditionalAnswers() throws {
        let upload = try DemoFixture.sample.get()
        let codes = try SpecFiles.codeLists()
        let table = codes[.mainServices]
        for row in upload.workplaces {
            let main = row["MAINSERVICE"]
            if table.attribute("can_do_delegated_healthcare_activities", of: main) != "yes" {
                #expect(row["DHA"].isEmpty)
            }
            if row["DHA"] != "1" { #expect(row["DHAACTIVITIES"].isEmpty) }
            let group = table.attribute("pay_and_pensions_group", of: main)
            if group != "1" && group != "2" { #expect(row["SLEEPINS"].isEmpty) }
            if row["SLEEPINS"] != "1" { #expect(row["SLEEPINPAY"].isEmpty) }
            if group != "1" { #expect(row["TRAVELTIME"].isEmpty) }
            if row["TRAVELTIME"] != "3" { #expect(row["TTDIFFRATE"].isEmpty) }
            if row["PENSION"] != "1" { #expect(row["ACTUALCONT"].isEmpty) }
            if row["ESTTYPE"] != "8" { #expect(row["OTHERTYPE"].isEmpty) }
            #expect(codes[.establishmentTypes].attribute("accepted", of: row["ESTTYPE"]) == "yes")
            #expect(row["REASONS"].isEmpty && row["REASONNOS"].isEmpty)
        }
    }

    @Test("workplaces sit at the postcodes passed in")
    func postcodes() throws {
        let upload = try DemoFixture.sample.get()
        let known = Dictionary(uniqueKeysWithValues: DemoFixture.eastOfEngland.map { ($0.postcode, $0.postTown) })
        for row in upload.workplaces {
            #expect(known[row["POSTCODE"]] != nil)
            #expect(known[row["POSTCODE"]] == row["POSTTOWN"])
            #expect(!row["ADDRESS1"].isEmpty && row["ADDRESS1"].count <= 40 && row["ESTNAME"].count <= 120)
        }
        #expect(Set(upload.workplaces.map { $0["POSTCODE"] }).count == DemoFixture.eastOfEngland.count)
    }
}
