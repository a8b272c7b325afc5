import CarepathCore
import Testing

@testable import ASCWDS

/// What an `UPDATE` row does to a stored worker (spec 3.3).
@Suite("Staff UPDATE semantics")
struct StaffUpdateTests {
    static func bare(_ status: RecordStatus = .update) -> StaffRecord {
        StaffRecord(line: 2, localEstablishmentID: "W1", uniqueWorkerID: "S1", status: status, displayID: "S1")
    }

    @Test("a blank cell keeps the stored value; a supplied one replaces it; line and STATUS come from the row")
    func absentKeepsStored() {
        var stored = Self.bare(.new)
        stored.gender = 1
        stored.annualSalaryPounds = 20_000
        stored.line = 9
        var row = Self.bare()
        row.gender = 2
        let merged = stored.updated(by: row)
        #expect(merged.gender == 2)
        #expect(merged.annualSalaryPounds == 20_000)
        #expect(merged.line == 2)
        #expect(merged.status == .update)
    }

    @Test("applied to an empty record, every valid example row comes back whole: no field is left out")
    func everyFieldIsOverlaid() throws {
        let originals = try ExportFixture.examples(asStored: false)
        #expect(originals.staff.count == 5)
        for row in originals.staff {
            let empty = StaffRecord(
                line: 0, localEstablishmentID: "", uniqueWorkerID: "", status: .new, displayID: "")
            #expect(empty.updated(by: row) == row, "\(row)")
        }
    }

    /// Guards the overlay list: a new optional field on `StaffRecord` must be added to it (and here).
    @Test("the overlay covers exactly StaffRecord's optional fields other than the rename and transfer columns")
    func overlayListIsComplete() {
        let optional = Set(
            Mirror(reflecting: Self.bare()).children.compactMap { child -> String? in
                guard let label = child.label, String(describing: type(of: child.value)).hasPrefix("Optional<")
                else { return nil }
                return label
            })
        #expect(optional.count == 36)
        #expect(optional.contains("newUniqueWorkerID") && optional.contains("transferDestination"))
        #expect(optional.contains("careWorkforcePathwayCategory") && optional.contains("nationalInsuranceNumber"))
    }

    struct Clearing: Sendable, CustomTestStringConvertible {
        let rule: String
        let stored: @Sendable (inout StaffRecord) -> Void
        let row: @Sendable (inout StaffRecord) -> Void
        let cleared: @Sendable (StaffRecord) -> Bool
        var testDescription: String { rule }
    }

    static let clearings: [Clearing] = [
        .init(
            rule: "British nationality clears British citizenship", stored: { $0.britishCitizenship = 2 },
            row: { $0.nationality = 826 }, cleared: { $0.britishCitizenship == nil }),
        .init(
            rule: "British citizenship clears the visa answers",
            stored: {
                $0.healthAndCareVisa = 1
                $0.recruitedFromOutsideUK = 1
            }, row: { $0.britishCitizenship = 1 },
            cleared: { $0.healthAndCareVisa == nil && $0.recruitedFromOutsideUK == nil }),
        .init(
            rule: "a visa answer other than Yes clears INOUTUK", stored: { $0.recruitedFromOutsideUK = 1 },
            row: { $0.healthAndCareVisa = 2 }, cleared: { $0.recruitedFromOutsideUK == nil }),
        .init(
            rule: "country of birth UK clears year of entry", stored: { $0.yearOfEntry = 2010 },
            row: { $0.countryOfBirth = 826 }, cleared: { $0.yearOfEntry == nil }),
        .init(
            rule: "country of birth Don't know clears year of entry", stored: { $0.yearOfEntry = 2010 },
            row: { $0.countryOfBirth = 998 }, cleared: { $0.yearOfEntry == nil }),
        .init(
            rule: "zero hours Yes clears contracted hours",
            stored: { $0.contractedHours = .known(HalfSteps(halves: 75)) },
            row: { $0.zeroHoursContract = 1 }, cleared: { $0.contractedHours == nil }),
        .init(
            rule: "Agency clears contracted hours and days sick",
            stored: {
                $0.contractedHours = .known(HalfSteps(halves: 75))
                $0.daysSick = .known(HalfSteps(halves: 4))
            }, row: { $0.employmentStatus = 4 }, cleared: { $0.contractedHours == nil && $0.daysSick == nil }),
        .init(
            rule: "Pool/Bank clears days sick", stored: { $0.daysSick = .known(HalfSteps(halves: 4)) },
            row: { $0.employmentStatus = 3 }, cleared: { $0.daysSick == nil }),
        .init(
            rule: "zero hours No on a permanent contract clears average hours",
            stored: { $0.averageHours = .known(HalfSteps(halves: 40)) },
            row: {
                $0.employmentStatus = 1
                $0.zeroHoursContract = 2
            }, cleared: { $0.averageHours == nil }),
        .init(
            rule: "a job other than registered nurse clears the nurse category",
            stored: {
                $0.mainJobRole = 16
                $0.nursingCategory = 1
            }, row: { $0.mainJobRole = 4 }, cleared: { $0.nursingCategory == nil }),
        .init(
            rule: "a job other than social worker clears AMHP",
            stored: {
                $0.mainJobRole = 6
                $0.approvedMentalHealthProfessional = 1
            }, row: { $0.mainJobRole = 4 }, cleared: { $0.approvedMentalHealthProfessional == nil }),
        .init(
            rule: "a social-care qualification answer other than Yes clears its level",
            stored: { $0.socialCareQualification = HighestQualification(answer: 1, level: 3) },
            row: { $0.socialCareQualification = HighestQualification(answer: 2) },
            cleared: { $0.socialCareQualification == HighestQualification(answer: 2) }),
        .init(
            rule: "a non-social-care qualification answer other than Yes clears its level",
            stored: { $0.otherQualification = HighestQualification(answer: 1, level: 3) },
            row: { $0.otherQualification = HighestQualification(answer: 999) },
            cleared: { $0.otherQualification == HighestQualification(answer: 999) }),
    ]

    @Test("each clearing rule of spec 3.3 clears the stored answer the row makes meaningless", arguments: clearings)
    func clears(_ clearing: Clearing) {
        var stored = Self.bare(.new)
        clearing.stored(&stored)
        var row = Self.bare()
        clearing.row(&row)
        #expect(clearing.cleared(stored.updated(by: row)))
    }

    @Test("without a trigger nothing is cleared: the stored answers stay")
    func noTriggerKeeps() {
        var stored = Self.bare(.new)
        stored.britishCitizenship = 2
        stored.yearOfEntry = 2010
        stored.nationality = 356
        stored.countryOfBirth = 356
        stored.employmentStatus = 1
        stored.zeroHoursContract = 1
        stored.averageHours = .known(HalfSteps(halves: 40))
        stored.daysSick = .known(HalfSteps(halves: 4))
        var row = Self.bare()
        row.gender = 2
        let merged = stored.updated(by: row)
        #expect(merged.britishCitizenship == 2)
        #expect(merged.yearOfEntry == 2010)
        #expect(merged.averageHours == .known(HalfSteps(halves: 40)))
        #expect(merged.daysSick == .known(HalfSteps(halves: 4)))
    }

    @Test("the row's qualifications are the complete set; a kept one keeps its stored year and notes")
    func qualificationsAreTheCompleteSet() {
        var stored = Self.bare(.new)
        stored.qualifications = [
            AchievedQualification(pair: 1, code: 132, year: 2012, notes: "Level 5 diploma"),
            AchievedQualification(pair: 2, code: 153, year: 2013),
        ]
        var row = Self.bare()
        row.qualifications = [
            AchievedQualification(pair: 1, code: 132), AchievedQualification(pair: 2, code: 307, year: 2020),
        ]
        let merged = stored.updated(by: row)
        #expect(
            merged.qualifications == [
                AchievedQualification(pair: 1, code: 132, year: 2012, notes: "Level 5 diploma"),
                AchievedQualification(pair: 2, code: 307, year: 2020),
            ])
    }
}
