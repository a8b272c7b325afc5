/// The turnover, retirement and entrant rules for a year, with a scenario's levers applied.
struct YearRates {
    var turnover: [Double]
    var retirement: [Double]
    var internationalShare: Double
    var internationalCap: Double?
    var extraApprentices: Double
    var payMovedShare: Double

    init(supply: SupplyParameters, levers: ScenarioLevers) {
        var turnover = supply.turnover
        if let rate = levers.turnoverRate {
            let mean = supply.meanTurnover
            turnover = mean > 0 ? turnover.map { $0 * rate / mean } : turnover.map { _ in rate }
        }
        let directCare = supply.directCareShare
        let valuesFactor =
            1 - directCare * (levers.valuesBasedRecruitmentShare ?? 0) * (1 - ProjectionModel.valuesBasedTurnoverRatio)
        let payMoved = levers.payAboveLivingWageShare ?? 0
        let payFactor = 1 - directCare * payMoved * (1 - ProjectionModel.payAboveThresholdTurnoverRatio)
        let multiplier = (levers.turnoverMultiplier ?? 1) * valuesFactor * payFactor
        let zeroHoursCut = (levers.zeroHoursMovedShare ?? 0) * ProjectionModel.zeroHoursTurnoverPoints

        var retirement = supply.retirement.map { $0 * (levers.retirementMultiplier ?? 1) }
        if levers.retireAtStatePensionAge == true, !retirement.isEmpty {
            retirement[retirement.count - 1] = 1
        }
        // Retirement is part of turnover: a retirement lever moves turnover by the same amount.
        self.turnover = turnover.indices.map { band in
            let adjusted = turnover[band] * multiplier - zeroHoursCut + (retirement[band] - supply.retirement[band])
            return min(1, max(retirement[band], adjusted))
        }
        self.retirement = retirement
        self.internationalShare = levers.internationalShare ?? supply.internationalShare
        self.internationalCap = levers.internationalCap
        self.extraApprentices = levers.extraApprenticesPerYear ?? 0
        self.payMovedShare = payMoved
    }

    /// One year's flows from `stock`.
    func step(stock: [Double], supply: SupplyParameters) -> YearStep {
        let bands = stock.indices
        let stay = supply.withinSectorShare
        var leavers = 0.0
        var exits = 0.0
        var next = stock
        for band in bands {
            let exitRate = (1 - stay) * (turnover[band] - retirement[band]) + retirement[band]
            leavers += turnover[band] * stock[band]
            exits += exitRate * stock[band]
            next[band] -= exitRate * stock[band] + supply.ageing[band] * stock[band]
            if band > 0 { next[band] += supply.ageing[band - 1] * stock[band - 1] }
        }
        let afterExitsAndAgeing = next.reduce(0, +)
        let baseEntrants = supply.entrantRate * stock.reduce(0, +)
        var international = baseEntrants * internationalShare
        if let cap = internationalCap { international = min(international, cap) }
        let recruited = baseEntrants * (1 - supply.internationalShare) + international
        for band in bands { next[band] += recruited * supply.entrantAgeShare[band] }
        if !next.isEmpty { next[0] += extraApprentices }
        return YearStep(
            leavers: leavers, exits: exits, entrants: recruited + extraApprentices,
            internationalEntrants: international,
            afterExitsAndAgeing: afterExitsAndAgeing, nextStock: next)
    }
}

/// The result of one year's flows.
struct YearStep {
    var leavers: Double
    var exits: Double
    var entrants: Double
    var internationalEntrants: Double
    var afterExitsAndAgeing: Double
    var nextStock: [Double]
}
