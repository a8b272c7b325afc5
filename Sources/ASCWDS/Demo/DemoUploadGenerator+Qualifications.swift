import CarepathCore

/// `SCQUAL`, `NONSCQUAL` and the `QUALACHnn` pairs of one worker, which stay with them when they move.
struct DemoQualificationCells: Sendable {
    var socialCare: String
    var other: String
    /// Six cells: three pairs of `code;year` and notes.
    var achieved: [String]
}

extension DemoUploadGenerator {
    /// `SCQUAL`, `NONSCQUAL` and the three `QUALACHnn` pairs (six cells).
    ///
    /// Care-providing staff hold a social care qualification at the parameter's share, managers
    /// nearly always, other staff rarely. A holder lists a qualification at the level they state,
    /// sometimes with a lower one and a short award; years come from ``DemoQualifications``.
    func qualifications(
        for role: DemoRole, birth: CalendarDate, socialCareShare: Double, random: inout SeededGenerator
    ) -> DemoQualificationCells {
        var achieved: [(code: Int, year: Int)] = []
        let catalogue = qualificationCatalogue
        func add(from candidates: [DemoQualifications.Candidate]) {
            let possible = candidates.filter { candidate in
                !achieved.contains { $0.code == candidate.code }
                    && catalogue.years(of: candidate, birth: birth, asOf: parameters.asOf) != nil
            }
            guard !possible.isEmpty, achieved.count < 3 else { return }
            let candidate = random.pick(possible)
            if let year = catalogue.year(of: candidate, birth: birth, asOf: parameters.asOf, random: &random) {
                achieved.append((candidate.code, year))
            }
        }
        let isNurse = role.code == DemoRole.registeredNurse
        let professional = isNurse || role.code == DemoRole.socialWorker
        let holdsShare: Double
        if Self.managerRoles.contains(role.code) {
            holdsShare = 0.9
        } else if role.providesCare {
            holdsShare = socialCareShare
        } else {
            holdsShare = isNurse ? 0.2 : 0.15
        }
        var socialCare = Self.noSocialCareQualification.draw(using: &random)
        if random.chance(holdsShare) {
            let level = socialCareLevel(for: role, random: &random)
            socialCare = "1;\(level)"
            add(from: catalogue.byLevel[level] ?? [])
            if level > 2, random.chance(0.25) { add(from: catalogue.byLevel[level - 1] ?? []) }
            if random.chance(0.35) { add(from: catalogue.short) }
        } else if random.chance(0.2) {
            add(from: catalogue.functionalSkills)
        }
        if professional { add(from: catalogue.byLevel[6] ?? []) }
        let other = professional ? "1;6" : Self.otherQualification.draw(using: &random)
        var cells: [String] = []
        for index in 0..<3 {
            guard index < achieved.count else {
                cells += ["", ""]
                continue
            }
            let (code, year) = achieved[index]
            cells += ["\(code);\(year)", qualificationNote(code: code, random: &random)]
        }
        return DemoQualificationCells(socialCare: socialCare, other: other, achieved: cells)
    }

    /// The level a holder states: care workers 2 or 3, seniors and leaders 3, registered managers
    /// mostly 5 (the Diploma in Leadership and Management).
    private func socialCareLevel(for role: DemoRole, random: inout SeededGenerator) -> Int {
        switch role.qualificationLevel {
        case 2: return random.chance(0.6) ? 2 : 3
        case 3: return random.chance(0.8) ? 3 : 2
        case 5: return random.chance(0.8) ? 5 : 4
        case 6: return 3
        default: return role.qualificationLevel
        }
    }

    /// Mostly blank. Apprenticeships say so; a few notes have a comma, so the files exercise quoting.
    private func qualificationNote(code: Int, random: inout SeededGenerator) -> String {
        if code >= 300, random.chance(0.5) { return "Completed as an apprenticeship" }
        if random.chance(0.03) { return "Funded by the Workforce Development Fund, assessed in-house" }
        if random.chance(0.02) { return "Completed with a previous employer, certificate seen" }
        return ""
    }

    /// Roles that almost always hold a leadership or care qualification.
    static let managerRoles: Set<Int> = [1, 2, 3, 4, 43]
    static let noSocialCareQualification = DemoWeightedChoice<String>([("2", 85), ("999", 15)])
    static let otherQualification = DemoWeightedChoice<String>([
        ("", 40), ("2", 35), ("1;2", 8), ("1;3", 7), ("1;6", 3), ("1", 2), ("999", 5),
    ])
}
