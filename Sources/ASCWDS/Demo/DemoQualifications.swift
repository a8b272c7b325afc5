import CarepathCore

/// Qualifications (`QUALACHnn`) and the highest-level answers (`SCQUAL`, `NONSCQUAL`), kept
/// consistent: a worker who says they hold a level 3 social care qualification lists one.
struct DemoQualifications: Sendable {
    /// One qualification the generator may award, with the first year it was awarded (an estimate: the
    /// code list has only the last year, `available_until`).
    struct Candidate: Sendable {
        let code: Int
        let from: Int
        var until: Int?
    }

    /// Social care qualifications by level: NVQs, QCF diplomas (2011), apprenticeship standards (2017)
    /// and the 2018 Diplomas in Care, Adult Care and Leadership and Management.
    private(set) var byLevel: [Int: [Candidate]] = [
        2: [.init(129, 2018), .init(53, 2011), .init(1, 1995), .init(4, 1992), .init(302, 2017), .init(301, 2005)],
        3: [.init(130, 2018), .init(54, 2011), .init(2, 1995), .init(5, 1992), .init(304, 2017), .init(303, 2005)],
        4: [.init(109, 2018), .init(305, 2018), .init(3, 1995), .init(6, 1992)],
        5: [.init(132, 2018), .init(63, 2011), .init(62, 2011), .init(307, 2017), .init(306, 2011)],
        6: [.init(153, 1995), .init(28, 1975)],
    ]
    /// Short awards and certificates care staff often add (dementia, first aid, medication, food safety,
    /// end of life care, moving and handling, mental health awareness, autism).
    private(set) var short: [Candidate] = [
        .init(48, 2011), .init(52, 2011), .init(133, 2011), .init(90, 2011), .init(99, 2011), .init(73, 2011),
        .init(137, 2011), .init(120, 2016),
    ]
    /// Functional skills in English and maths (level 2): not social care qualifications.
    private(set) var functionalSkills: [Candidate] = [.init(155, 2012), .init(157, 2012)]

    /// Keeps the candidates `qualifications.csv` has, with their `available_until` year, so a code
    /// retired from the list is never written and none is dated after it was withdrawn.
    init(codes: CodeLists) {
        let table = codes[.qualifications]
        func known(_ candidates: [Candidate]) -> [Candidate] {
            candidates.compactMap { candidate in
                guard table.contains(candidate.code) else { return nil }
                var kept = candidate
                let until = table.attribute("available_until", of: candidate.code) ?? ""
                kept.until = Int(until.prefix(4))
                return kept
            }
        }
        byLevel = byLevel.mapValues(known)
        short = known(short)
        functionalSkills = known(functionalSkills)
    }

    /// A year the worker could have gained `candidate`: after it was first awarded and before it was
    /// withdrawn, from age 16, within ASC-WDS's last 100 years and not after the as-of date; `nil`
    /// when there is none.
    func year(of candidate: Candidate, birth: CalendarDate, asOf: CalendarDate, random: inout SeededGenerator) -> Int? {
        years(of: candidate, birth: birth, asOf: asOf).map { random.int(in: $0) }
    }

    /// The years ``year(of:birth:asOf:random:)`` chooses from, or `nil` when there are none: an NVQ
    /// withdrawn in 2007 cannot be held by someone who turned 16 in 2008.
    func years(of candidate: Candidate, birth: CalendarDate, asOf: CalendarDate) -> ClosedRange<Int>? {
        let earliest = max(candidate.from, birth.year + 16, asOf.year - 99)
        let latest = min(asOf.year, candidate.until ?? asOf.year)
        return earliest <= latest ? earliest...latest : nil
    }
}

extension DemoQualifications.Candidate {
    fileprivate init(_ code: Int, _ from: Int) {
        self.init(code: code, from: from, until: nil)
    }
}
