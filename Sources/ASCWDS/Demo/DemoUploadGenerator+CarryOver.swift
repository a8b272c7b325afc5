import CarepathCore

/// What changes for a worker who stays from one return to the next; everything else, from the NI
/// number to the start date, stays as it was.
extension DemoUploadGenerator {
    /// Moves `employment` on from the return of `previous` to that of `date`:
    ///
    /// * `DAYSSICK` (the last 12 months' sickness) is drawn again now and then, more often the longer
    ///   the interval, so a few records keep one value a whole year (3240, "days sick unchanged").
    /// * Pay rises by ``DemoParameters/annualPayRise`` on each 1 April in the interval.
    /// * Training that has expired, or expires within a month, is mostly renewed: completed again on a
    ///   day of the interval, from two months before its expiry, with the expiry moved on.
    func carryOver(
        _ employment: inout DemoEmployment, from previous: CalendarDate, to date: CalendarDate,
        figures: DemoParameters.AreaFigures, random: inout SeededGenerator
    ) {
        let days = date.dayNumber - previous.dayNumber
        var worker = employment.worker
        if !worker.contract.daysSick.isEmpty, random.chance(min(1, Double(days) / 100)) {
            worker.contract.daysSick = daysSick(average: figures.averageDaysSick, random: &random)
            worker.cells[Self.staffColumn.daysSick] = worker.contract.daysSick
        }
        let rises = Self.aprils(after: previous, upTo: date)
        if rises > 0 { raisePay(of: &worker, times: rises) }
        employment.worker = worker
        for index in employment.training.indices {
            guard let expiry = employment.training[index].expiry, expiry < date.adding(days: 30),
                random.chance(0.8)
            else { continue }
            let earliest = max(previous.adding(days: 1), expiry.adding(days: -60))
            employment.training[index].renew(
                on: earliest.adding(days: random.below(date.dayNumber - earliest.dayNumber + 1)))
        }
    }

    /// Hourly rates to the nearest penny; salaries to the nearest £50, as advertised, and within
    /// ASC-WDS's £200,000.
    private func raisePay(of worker: inout DemoWorker, times: Int) {
        if let pence = worker.contract.hourlyPence {
            let raised = raised(pence: pence, times: times)
            worker.contract.hourlyPence = raised
            worker.contract.hourlyRate = Self.pounds(pence: raised)
            worker.cells[Self.staffColumn.hourlyRate] = worker.contract.hourlyRate
        }
        if let pounds = worker.contract.salaryPounds {
            var salary = pounds
            for _ in 0..<times {
                salary = min(200_000, Int((Double(salary) * (1 + parameters.annualPayRise) / 50).rounded()) * 50)
            }
            worker.contract.salaryPounds = salary
            worker.contract.salary = String(salary)
            worker.cells[Self.staffColumn.salary] = worker.contract.salary
        }
    }

    /// Positions of the Staff file columns a history rewrites.
    static let staffColumn = (
        status: HeaderLayout.staffBase.firstIndex(of: "STATUS")!,
        daysSick: HeaderLayout.staffBase.firstIndex(of: "DAYSSICK")!,
        salary: HeaderLayout.staffBase.firstIndex(of: "SALARY")!,
        hourlyRate: HeaderLayout.staffBase.firstIndex(of: "HOURLYRATE")!
    )
}
