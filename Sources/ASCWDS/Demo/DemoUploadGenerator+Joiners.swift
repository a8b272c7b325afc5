import CarepathCore

/// New staff records of a history of returns: people new to the demo workplaces, and movers.
extension DemoUploadGenerator {
    /// This generator as of `date`, with the care-worker pay range raised by every 1 April since
    /// `first` (the first return's date), so starters are paid like the stayers who got the rises.
    func dated(_ date: CalendarDate, since first: CalendarDate) -> DemoUploadGenerator {
        var copy = self
        copy.parameters.asOf = date
        let range = parameters.careWorkerHourlyPence
        let rises = Self.aprils(after: first, upTo: date)
        copy.parameters.careWorkerHourlyPence =
            raised(pence: range.lowerBound, times: rises)...raised(pence: range.upperBound, times: rises)
        return copy
    }

    /// The staff record of a worker who starts at `plan` on `start`, as of `start`. A `mover` keeps
    /// their identity (NI number, date of birth, name, qualifications, year they entered the sector)
    /// and says they came from the adult care sector (`RECSOURCE` 1 or 2); anyone else is a new person
    /// recruited from outside the demo workplaces.
    func joiner(
        _ role: DemoRole, serial: Int, start: CalendarDate, mover: DemoMover?, at plan: DemoWorkplace,
        zeroHoursChance: Double, random: inout SeededGenerator
    ) -> DemoWorker {
        let figures = plan.figures
        let reference = Self.workerReference(serial)
        guard let mover else {
            let person = self.person(for: role, nationality: figures.nationality, random: &random)
            let career = self.career(startingOn: start, person: person, random: &random)
            let contract = self.contract(
                for: role, zeroHoursChance: zeroHoursChance, averageDaysSick: figures.averageDaysSick,
                random: &random)
            let qualifications = self.qualifications(
                for: role, birth: person.birth, socialCareShare: figures.socialCareQualificationShare,
                random: &random)
            let identity = self.identity(
                person, serial: serial, career: career, qualifications: qualifications, at: plan, random: &random)
            return worker(
                role, reference: reference, identity: identity, career: career, contract: contract, at: plan,
                recruitmentSource: String(Self.outsideRecruitmentSources.draw(using: &random)), random: &random)
        }
        let career = DemoCareer(start: start, sectorYear: mover.identity.sectorYear, newToCare: false)
        let contract = self.contract(
            for: role, zeroHoursChance: zeroHoursChance, averageDaysSick: figures.averageDaysSick, random: &random)
        // 1 = adult care sector, local authority; 2 = private or voluntary, where most care staff work.
        let source = random.chance(0.1) ? "1" : "2"
        return worker(
            role, reference: reference, identity: mover.identity, career: career, contract: contract, at: plan,
            recruitmentSource: source, random: &random)
    }

    /// `RECSOURCE` for people new to the demo workplaces: the usual weights without 1 and 2 (the
    /// adult care sector), as the sector's movers come from the other workplaces.
    static let outsideRecruitmentSources = recruitmentSources.filter { $0 != 1 && $0 != 2 }

    /// `pence` after `times` rises of ``DemoParameters/annualPayRise``, to the nearest penny.
    func raised(pence: Int, times: Int) -> Int {
        var value = pence
        for _ in 0..<times { value = Int((Double(value) * (1 + parameters.annualPayRise)).rounded()) }
        return value
    }

    /// How many 1 Aprils fall after `start` and on or before `end`.
    static func aprils(after start: CalendarDate, upTo end: CalendarDate) -> Int {
        guard start < end else { return 0 }
        return (start.year...end.year).filter { year in
            let april = CalendarDate(year: year, month: 4, day: 1)!
            return start < april && april <= end
        }.count
    }
}
