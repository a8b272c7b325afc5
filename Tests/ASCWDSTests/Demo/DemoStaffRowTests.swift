import ASCWDS
import CarepathCore
import Testing

/// The Staff rules of spec 5.2–5.8 the generated rows are built to satisfy.
@Suite("Demo upload generator: staff rows")
struct DemoStaffRowTests {
    @Test("staff keys and NI numbers are unique; NI numbers are synthetic QQ numbers")
    func identities() throws {
        let upload = try DemoFixture.sample.get()
        #expect(upload.staffByKey.count == upload.staff.count)
        let numbers = upload.staff.map { $0["NINUMBER"] }
        #expect(Set(numbers).count == numbers.count)
        for number in numbers {
            let digits = number.dropFirst(2).dropLast()
            #expect(number.hasPrefix("QQ") && number.count == 9 && digits.allSatisfy { $0.isASCII && $0.isNumber })
            #expect(["A", "B", "C", "D"].contains(number.last.map(String.init)))
        }
    }

    @Test("every code is in its code list")
    func codes() throws {
        let upload = try DemoFixture.sample.get()
        let codes = try SpecFiles.codeLists()
        let special: Set<String> = ["826", "998", "999"]
        for row in upload.staff {
            #expect(codes[.jobRoles].contains(row["MAINJOBROLE"]))
            #expect(codes[.ethnicity].contains(row["ETHNICITY"]))
            #expect(codes[.nationality].contains(row["NATIONALITY"]) || special.contains(row["NATIONALITY"]))
            #expect(codes[.countryOfBirth].contains(row["COUNTRYOFBIRTH"]))
            #expect(codes[.recruitmentSources].contains(row["RECSOURCE"]))
            #expect(codes[.employmentStatus].contains(row["EMPLSTATUS"]))
            #expect(codes.enumeration(file: "staff", column: "GENDER").contains(row["GENDER"]))
            #expect(row["CWPCATEGORY"].isEmpty || codes[.pathwayRoleCategories].contains(row["CWPCATEGORY"]))
            for column in ["SCQUAL", "NONSCQUAL"] where !row[column].isEmpty {
                let parts = Cells.list(row[column])
                #expect(["1", "2", "999"].contains(parts[0]))
                if parts.count > 1 { #expect(codes[.qualificationLevels].contains(parts[1])) }
            }
            #expect(!row["SCQUAL"].isEmpty && row["SCQUAL"] != "1")
            #expect(row["MAINJRDESC"].isEmpty)
            #expect(row["NMCREG"].isEmpty == (row["MAINJOBROLE"] != "16"))
            #expect(row["AMHP"].isEmpty == (row["MAINJOBROLE"] != "6"))
        }
    }

    @Test("dates: born 18–75 years before the as-of date, started at 16 or later and after arriving in the UK")
    func dates() throws {
        let upload = try DemoFixture.sample.get()
        let asOf = DemoFixture.asOf
        for row in upload.staff {
            let birth = try #require(DemoFixture.date(row["DOB"]))
            let start = try #require(DemoFixture.date(row["STARTDATE"]))
            #expect((18...75).contains(asOf.wholeYears(since: birth)))
            #expect(start <= asOf && start.wholeYears(since: birth) >= 16)
            if let entry = DemoFixture.number(row["YEAROFENTRY"]) {
                #expect(row["COUNTRYOFBIRTH"] != "826")
                #expect(entry >= birth.year && entry <= asOf.year && start.year >= entry)
            }
            if row["STARTINSECT"] != "999" {
                let sector = try #require(DemoFixture.number(row["STARTINSECT"]))
                #expect(sector <= start.year && sector >= birth.year + 14)
            }
            let level2 = Cells.list(row["L2CARECERT"])
            if level2.count > 1 { #expect(level2[0] == "1" && (2024...asOf.year).contains(Int(level2[1]) ?? 0)) }
        }
    }

    @Test("British citizenship and the Health and Care visa only where they apply (3120, 5570, 5580)")
    func origin() throws {
        let upload = try DemoFixture.sample.get()
        for row in upload.staff {
            let british = row["NATIONALITY"] == "826"
            if british { #expect(row["BRITISHCITIZENSHIP"].isEmpty) }
            let visaApplies = !british && row["NATIONALITY"] != "998" && row["BRITISHCITIZENSHIP"] != "1"
            if !visaApplies { #expect(row["HANDCVISA"].isEmpty) }
            if row["HANDCVISA"] != "1" { #expect(row["INOUTUK"].isEmpty) }
        }
        #expect(upload.staff.contains { $0["HANDCVISA"] == "1" && $0["INOUTUK"] == "1" })
    }

    @Test("contract, hours and pay agree (spec 5.7, 1230, 1251, 1252, 1260, 3230, 3300, 3310)")
    func contractAndPay() throws {
        let upload = try DemoFixture.sample.get()
        let careRange = DemoFixture.parameters(workplaces: 1).careWorkerHourlyPence
        for row in upload.staff {
            let employed = ["1", "2"].contains(row["EMPLSTATUS"])
            let zeroHours = row["ZEROHRCONT"] == "1"
            #expect(["1", "2"].contains(row["ZEROHRCONT"]))
            #expect(row["CONTHOURS"].isEmpty == (!employed || zeroHours), "line \(row.line)")
            #expect(row["AVGHOURS"].isEmpty == (employed && !zeroHours), "line \(row.line)")
            for column in ["CONTHOURS", "AVGHOURS"] where !row[column].isEmpty {
                let hours = try #require(Cells.decimal(row[column]))
                #expect(hours > 0 && hours <= 75 && (hours * 2).rounded() == hours * 2)
            }
            if !employed { #expect(row["DAYSSICK"].isEmpty) }
            if let days = Cells.decimal(row["DAYSSICK"]), row["DAYSSICK"] != "999" {
                #expect(days <= 366 && (days * 2).rounded() == days * 2)
            }
            switch row["SALARYINT"] {
            case "1":
                let salary = try #require(DemoFixture.number(row["SALARY"]))
                #expect((500...(row["MAINJOBROLE"] == "1" ? 250_000 : 200_000)).contains(salary))
                #expect(row["HOURLYRATE"].isEmpty && !zeroHours)
                // Salaried staff work 37 hours or more, so the FTE pay check (1260) cannot fire.
                #expect((Cells.decimal(row["CONTHOURS"]) ?? 0) >= 37)
            case "3":
                let rate = row["HOURLYRATE"]
                #expect(row["SALARY"].isEmpty && Cells.decimalPlaces(rate) == 2)
                let pence = try #require(Cells.decimal(rate)).magnitude * 100
                if ["8", "52"].contains(row["MAINJOBROLE"]) {
                    #expect(
                        Double(careRange.lowerBound) <= pence.rounded()
                            && pence.rounded() <= Double(careRange.upperBound))
                }
            default:
                #expect(row["SALARYINT"] == "999" && row["SALARY"].isEmpty && row["HOURLYRATE"].isEmpty)
            }
        }
    }

    @Test("qualifications: known codes, dated within 100 years, from age 16, not after withdrawal (5010–5055)")
    func qualifications() throws {
        let upload = try DemoFixture.sample.get()
        let table = try SpecFiles.codeLists()[.qualifications]
        var listed = 0
        for row in upload.staff {
            let birth = try #require(DemoFixture.date(row["DOB"]))
            for pair in 1...3 {
                let (column, notes) = HeaderLayout.qualificationColumns(pair)
                guard !row[column].isEmpty else {
                    #expect(row[notes].isEmpty)
                    continue
                }
                listed += 1
                let parts = Cells.list(row[column])
                #expect(parts.count == 2 && table.contains(parts[0]))
                let year = try #require(DemoFixture.number(parts[1]))
                #expect(year <= DemoFixture.asOf.year && year > DemoFixture.asOf.year - 100 && year >= birth.year + 16)
                if let until = table.attribute("available_until", of: parts[0]).flatMap({ Int($0.prefix(4)) }) {
                    #expect(year <= until)
                }
                #expect(row[notes].count <= 120)
            }
            if row["SCQUAL"].hasPrefix("1;") { #expect(!row["QUALACH01"].isEmpty || row["MAINJOBROLE"] == "16") }
        }
        #expect(listed > upload.staff.count / 3)
    }

    @Test("DHA only where the workplace said yes and the role can (5661–5663); home postcodes are real")
    func delegationAndHome() throws {
        let upload = try DemoFixture.sample.get()
        let roles = try SpecFiles.codeLists()[.jobRoles]
        let workplaces = Dictionary(uniqueKeysWithValues: upload.workplaces.map { ($0.localEstablishmentID, $0) })
        let postcodes = Set(DemoFixture.eastOfEngland.map(\.postcode))
        for row in upload.staff where !row["DHA"].isEmpty {
            #expect(workplaces[row.localEstablishmentID]?["DHA"] == "1")
            #expect(roles.attribute("can_do_delegated_healthcare_activities", of: row["MAINJOBROLE"]) == "yes")
        }
        #expect(upload.staff.allSatisfy { postcodes.contains($0["POSTCODE"]) })
    }
}
