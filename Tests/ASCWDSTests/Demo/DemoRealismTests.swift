import ASCWDS
import CarepathCore
import Testing

/// Over 200 workplaces the rows reproduce the parameters (East of England seed figures) closely.
@Suite("Demo upload generator: realistic shares")
struct DemoRealismTests {
    static func share(_ rows: [UploadRow], _ predicate: (UploadRow) -> Bool) -> Double {
        Double(rows.filter(predicate).count) / Double(rows.count)
    }

    @Test("female, aged 55+, zero-hours and British shares are within 3 points of the parameters")
    func workforceShares() throws {
        let upload = try DemoFixture.sample.get()
        let parameters = DemoFixture.parameters(workplaces: 200)
        let asOf = DemoFixture.asOf
        let female = Self.share(upload.staff) { $0["GENDER"] == "2" }
        let older = Self.share(upload.staff) {
            DemoFixture.date($0["DOB"]).map { asOf.wholeYears(since: $0) >= 55 } ?? false
        }
        let zeroHours = Self.share(upload.staff) { $0["ZEROHRCONT"] == "1" }
        let british = Self.share(upload.staff) { $0["NATIONALITY"] == "826" }
        #expect(abs(female - parameters.femaleShare) < 0.03, "female \(female)")
        #expect(abs(older - parameters.agedFiftyFiveAndOverShare) < 0.03, "55+ \(older)")
        #expect(abs(zeroHours - parameters.zeroHoursShare) < 0.03, "zero hours \(zeroHours)")
        #expect(abs(british - parameters.nationality.british) < 0.03, "British \(british)")
    }

    @Test("starters, leavers and vacancies follow the turnover and vacancy rates")
    func turnoverAndVacancies() throws {
        let upload = try DemoFixture.sample.get()
        let parameters = DemoFixture.parameters(workplaces: 200)
        // Starters, leavers and vacancies are of permanent and temporary staff, the KPIs' base.
        let employed = Double(upload.directlyEmployed.count)
        func total(_ column: String) -> Double {
            Double(upload.workplaces.flatMap { DemoFixture.numbers($0[column]) }.reduce(0, +))
        }
        let turnover = total("LEAVERS") / employed
        let starters = total("STARTERS") / employed
        let vacancies = total("VACANCIES") / (employed + total("VACANCIES"))
        #expect(abs(turnover - parameters.turnoverRate) < 0.03, "turnover \(turnover)")
        #expect(abs(starters - parameters.turnoverRate) < 0.04, "starters \(starters)")
        #expect(abs(vacancies - parameters.vacancyRate) < 0.015, "vacancies \(vacancies)")
    }

    @Test("care workers are the majority; services are mixed, mostly CQC-regulated; about five courses each")
    func mix() throws {
        let upload = try DemoFixture.sample.get()
        let careStaff = Self.share(upload.staff) { ["7", "8", "52", "9"].contains($0["MAINJOBROLE"]) }
        #expect(careStaff > 0.55, "care staff \(careStaff)")
        let services = Set(upload.workplaces.map { $0["MAINSERVICE"] })
        #expect(services.isSuperset(of: ["1", "2", "8", "55", "6"]))
        let regulated = Self.share(upload.workplaces) { $0["REGTYPE"] == "2" }
        #expect((0.55...0.8).contains(regulated), "regulated \(regulated)")
        let nurses = upload.staff.filter { $0["MAINJOBROLE"] == "16" }
        let nursingHomes = Set(
            upload.workplaces.filter { $0["MAINSERVICE"] == "1" }.map(\.localEstablishmentID))
        #expect(!nurses.isEmpty && nurses.allSatisfy { nursingHomes.contains($0.localEstablishmentID) })
        let perWorker = Double(upload.training.count) / Double(upload.staff.count)
        #expect(abs(perWorker - 5) < 0.5, "training per worker \(perWorker)")
        let averageStaff = Double(upload.staff.count) / Double(upload.workplaces.count)
        #expect((25...60).contains(averageStaff), "average staff \(averageStaff)")
    }

    @Test("parameters move the shares: more zero hours, more women, a younger workforce")
    func parametersApply() throws {
        var parameters = DemoFixture.parameters(workplaces: 60)
        parameters.zeroHoursShare = 0.5
        parameters.femaleShare = 0.6
        parameters.agedFiftyFiveAndOverShare = 0.1
        parameters.trainingRecordsPerWorker = 2
        let upload = try DemoFixture.upload(parameters, seed: 8)
        #expect(abs(Self.share(upload.staff) { $0["ZEROHRCONT"] == "1" } - 0.5) < 0.05)
        #expect(abs(Self.share(upload.staff) { $0["GENDER"] == "2" } - 0.6) < 0.05)
        let older = Self.share(upload.staff) {
            DemoFixture.date($0["DOB"]).map { DemoFixture.asOf.wholeYears(since: $0) >= 55 } ?? false
        }
        #expect(abs(older - 0.1) < 0.04)
        #expect(abs(Double(upload.training.count) / Double(upload.staff.count) - 2) < 0.3)
    }
}
