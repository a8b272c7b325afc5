import ASCWDS
import CarepathCore
import Testing

@testable import ASCWDS

/// Per-council figures: every figure of a workplace follows its council's override.
@Suite("Demo upload generator: per-council figures")
struct DemoCouncilFiguresTests {
    static let norfolk = "E10000020"
    static let suffolk = "E10000029"
    static let bedford = "E06000055"

    static func parameters() -> DemoParameters {
        var parameters = DemoFixture.parameters(workplaces: 320)
        parameters.councilFigures = DemoParameters.eastOfEnglandCouncilFigures
        return parameters
    }

    /// 320 workplaces over four postcodes, so about 80 (3,000 staff) in each council.
    static let sample = Result { try DemoFixture.upload(parameters(), seed: 31) }

    /// The measured figures of the workplaces in `council`.
    static func measured(_ upload: DemoUpload, council: String) -> [String: Double] {
        let postcodes = Set(DemoFixture.eastOfEngland.filter { $0.cassrCode == council }.map(\.postcode))
        let workplaces = upload.workplaces.filter { postcodes.contains($0["POSTCODE"]) }
        let references = Set(workplaces.map(\.localEstablishmentID))
        let staff = upload.staff.filter { references.contains($0.localEstablishmentID) }
        let employed = Double(staff.filter(DemoFixture.isDirectlyEmployed).count)
        func total(_ column: String) -> Double {
            Double(workplaces.flatMap { DemoFixture.numbers($0[column]) }.reduce(0, +))
        }
        func share(_ rows: [UploadRow], _ predicate: (UploadRow) -> Bool) -> Double {
            Double(rows.filter(predicate).count) / Double(rows.count)
        }
        let sick = staff.compactMap { $0["DAYSSICK"] == "999" ? nil : Cells.decimal($0["DAYSSICK"]) }
        // The qualification share applies to care-providing roles other than managers.
        let care = staff.filter { row in
            let role = DemoRole.all[DemoFixture.number(row["MAINJOBROLE"]) ?? 0]
            return role?.providesCare == true && !DemoUploadGenerator.managerRoles.contains(role!.code)
        }
        let european = Set(DemoCatalogue.europeanUnion.map { String($0.nationality) })
        return [
            "workplaces": Double(workplaces.count),
            // The KPIs' rates: over the permanent and temporary staff records, with vacancies added.
            "turnoverRate": total("LEAVERS") / employed,
            "vacancyRate": total("VACANCIES") / (employed + total("VACANCIES")),
            "averageDaysSick": sick.reduce(0, +) / Double(sick.count),
            "zeroHoursShare": share(staff) { $0["ZEROHRCONT"] == "1" },
            "socialCareQualificationShare": share(care) { $0["SCQUAL"].hasPrefix("1;") },
            "british": share(staff) { $0["NATIONALITY"] == "826" },
            "europeanUnion": share(staff) { european.contains($0["NATIONALITY"]) },
        ]
    }

    static func expected(_ figures: DemoParameters.AreaFigures) -> [String: (Double, Double)] {
        let mix = figures.nationality
        let nationals = mix.british + mix.europeanUnion + mix.nonEuropeanUnion
        return [
            "turnoverRate": (figures.turnoverRate, 0.03), "vacancyRate": (figures.vacancyRate, 0.015),
            "averageDaysSick": (figures.averageDaysSick, 0.6), "zeroHoursShare": (figures.zeroHoursShare, 0.03),
            "socialCareQualificationShare": (figures.socialCareQualificationShare, 0.04),
            "british": (mix.british / nationals, 0.03), "europeanUnion": (mix.europeanUnion / nationals, 0.02),
        ]
    }

    @Test(
        "Norfolk and Suffolk workplaces follow their councils' published figures; Bedford the region's",
        arguments: [norfolk, suffolk, bedford])
    func councilFigures(_ council: String) throws {
        let upload = try Self.sample.get()
        let parameters = Self.parameters()
        let figures = parameters.figures(forCouncil: council)
        #expect((figures == parameters.regionFigures) == (council == Self.bedford))
        let measured = Self.measured(upload, council: council)
        #expect(measured["workplaces"]! > 50)
        for (name, (value, tolerance)) in Self.expected(figures) {
            #expect(abs(measured[name]! - value) < tolerance, "\(council) \(name): \(measured[name]!) against \(value)")
        }
    }

    @Test("the published Norfolk and Suffolk figures, as seed-figures.csv gives them")
    func publishedFigures() {
        let councils = DemoParameters.eastOfEnglandCouncilFigures
        #expect(Set(councils.keys) == [Self.norfolk, Self.suffolk])
        let norfolk = DemoParameters.NationalityMix(british: 0.89, europeanUnion: 0.07, nonEuropeanUnion: 0.04)
        #expect(
            councils[Self.norfolk]
                == DemoParameters.AreaFigures(
                    turnoverRate: 0.315, vacancyRate: 0.06, averageDaysSick: 3.8, zeroHoursShare: 0.17,
                    socialCareQualificationShare: 0.42, nationality: norfolk))
        #expect(councils[Self.suffolk]?.turnoverRate == 0.366 && councils[Self.suffolk]?.averageDaysSick == 4.7)
        #expect(councils[Self.suffolk]?.nationality.nonEuropeanUnion == 0.08)
    }

    @Test("an override changes only its council's workplaces: the others' rows are byte for byte the same")
    func otherCouncilsUnchanged() throws {
        var plain = Self.parameters()
        plain.workplaceCount = 60
        var overridden = plain
        plain.councilFigures = [:]
        overridden.councilFigures = [Self.norfolk: DemoParameters.eastOfEnglandCouncilFigures[Self.suffolk]!]
        let before = try DemoFixture.upload(plain, seed: 4)
        let after = try DemoFixture.upload(overridden, seed: 4)
        let norfolk = Set(before.workplaces.filter { $0["POSTCODE"] == "NR1 3JU" }.map(\.localEstablishmentID))
        #expect(!norfolk.isEmpty && norfolk.count < 60)
        let lines = { (rows: [UploadRow]) in rows.filter { !norfolk.contains($0.localEstablishmentID) }.map(\.cells) }
        #expect(lines(before.workplaces) == lines(after.workplaces))
        #expect(lines(before.staff) == lines(after.staff))
        #expect(lines(before.staff.filter { norfolk.contains($0.localEstablishmentID) }).isEmpty)
        #expect(
            before.staff.filter { norfolk.contains($0.localEstablishmentID) }.map(\.cells)
                != after.staff.filter { norfolk.contains($0.localEstablishmentID) }.map(\.cells))
    }

    @Test("an out-of-range council figure is refused, naming the council")
    func badCouncil() {
        var parameters = Self.parameters()
        parameters.councilFigures[Self.suffolk]?.vacancyRate = 0.7
        #expect(
            throws: DemoGeneratorError.invalidParameter("councilFigures[E10000029].vacancyRate must be from 0 to 0.5")
        ) {
            try DemoFixture.generator(parameters)
        }
        parameters.councilFigures[Self.suffolk]?.vacancyRate = 0.07
        parameters.annualPayRise = -0.1
        #expect(throws: DemoGeneratorError.invalidParameter("annualPayRise must be from 0 to 0.5")) {
            try DemoFixture.generator(parameters)
        }
    }
}
