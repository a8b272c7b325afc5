import CarepathCore
import Testing

@testable import ASCWDS

@Suite("Demo upload generator: parameter checks")
struct DemoParameterTests {
    @Test("postcodes are required, must be full postcodes, and are normalised")
    func postcodes() throws {
        let parameters = DemoFixture.parameters(workplaces: 2)
        #expect(throws: DemoGeneratorError.noPostcodes) {
            try DemoFixture.generator(parameters, postcodes: [])
        }
        let sector = DemoPostcode(postcode: "NR1 3", districtCode: "E07000148", cassrCode: "E10000020")
        #expect(throws: DemoGeneratorError.invalidPostcode("NR1 3")) {
            try DemoFixture.generator(parameters, postcodes: [sector])
        }
        // LS8 2QT, a real Leeds postcode from the staff example file, typed loosely.
        let leeds = DemoPostcode(postcode: "ls82qt", districtCode: "E08000035", cassrCode: "E08000035")
        let upload = try DemoFixture.generator(parameters, postcodes: [leeds]).generateFiles(seed: 1)
        let rows = try SpecFiles.rows(SpecFiles.utf8(upload.workplace)).rows
        #expect(rows.allSatisfy { $0["POSTCODE"] == "LS8 2QT" && $0["POSTTOWN"].isEmpty })
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var change: @Sendable (inout DemoParameters) -> Void
        var error: DemoGeneratorError
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(
            name: "unknown main service", change: { $0.services = [.init(mainService: 3, weight: 1, averageStaff: 9)] },
            error: .unknownMainService(3)),
        BadCase(
            name: "empty service mix", change: { $0.services = [] },
            error: .invalidParameter("the service mix is empty")),
        BadCase(
            name: "prefix with a space", change: { $0.referencePrefix = "MY DEMO" },
            error: .invalidParameter("referencePrefix must be 1 to 30 letters, digits, - or _")),
        BadCase(
            name: "vacancy rate 0.6", change: { $0.vacancyRate = 0.6 },
            error: .invalidParameter("vacancyRate must be from 0 to 0.5")),
        BadCase(
            name: "female share 1.2", change: { $0.femaleShare = 1.2 },
            error: .invalidParameter("femaleShare must be from 0 to 1")),
        BadCase(
            name: "negative workplaces", change: { $0.workplaceCount = -1 },
            error: .invalidParameter("workplaceCount must be 0 to 999,999")),
    ]

    @Test("out-of-range parameters are refused with a named problem", arguments: badCases)
    func badParameters(_ bad: BadCase) {
        var parameters = DemoFixture.parameters(workplaces: 2)
        bad.change(&parameters)
        #expect(throws: bad.error) { try DemoFixture.generator(parameters) }
    }

    @Test("a code list without a code the generator writes is refused, not written")
    func missingCode() throws {
        var files: [String: [UInt8]] = [:]
        for name in CodeLists.fileNames { files[name] = try SpecFiles.bytes("ascwds-codes/\(name)") }
        let lines = String(decoding: files["job-roles.csv"]!, as: UTF8.self).split(separator: "\n")
        files["job-roles.csv"] = Array(lines.filter { !$0.hasPrefix("52,") }.joined(separator: "\n").utf8)
        let codes = try CodeLists(files: files)
        #expect(throws: DemoGeneratorError.missingCode(list: "job-roles.csv", code: 52)) {
            try DemoUploadGenerator(
                codes: codes, parameters: DemoFixture.parameters(workplaces: 1), postcodes: DemoFixture.eastOfEngland)
        }
    }

    @Test("a service mix of one service gives only that service, at its average size")
    func singleService() throws {
        var parameters = DemoFixture.parameters(workplaces: 40)
        parameters.services = [.init(mainService: 8, weight: 1, averageStaff: 30)]
        let upload = try DemoFixture.upload(parameters, seed: 2)
        #expect(upload.workplaces.allSatisfy { $0["MAINSERVICE"] == "8" && $0["REGTYPE"] == "2" })
        let average = Double(upload.staff.count) / 40
        #expect((20...40).contains(average), "average \(average)")
    }

    @Test("every role a workplace kind can staff has a pay and age profile")
    func roleProfiles() {
        let kinds: [DemoWorkplaceKind] = [
            .nursingHome, .careHome, .homeCare, .supportedLiving, .community, .headOffice,
        ]
        for kind in kinds {
            let fixed = [true, false].flatMap { regulated in
                [1, 12, 40].flatMap { kind.fixedRoles(regulated: regulated, staff: $0) }
            }
            for role in kind.roleMix.values + fixed {
                #expect(DemoRole.all[role] != nil, "\(kind) role \(role)")
            }
        }
    }
}
