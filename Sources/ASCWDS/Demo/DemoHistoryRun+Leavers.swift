import CarepathCore

/// A post to fill between two returns: the role, the workplace and the start date.
struct DemoVacantPost: Sendable {
    let workplace: Int
    let role: DemoRole
    let start: CalendarDate
    /// Its place among the workplace's posts of the interval, for its own stream of draws.
    let position: Int
}

extension DemoHistoryRun {
    /// Moves every workplace from return `returnIndex - 1` to return `returnIndex`: leavers go,
    /// stayers' sickness, pay and training move on, and the posts left are filled.
    mutating func advance(to returnIndex: Int) {
        var posts: [DemoVacantPost] = []
        for index in workplaces.indices {
            posts += leave(workplace: index, returnIndex: returnIndex)
        }
        fill(posts, returnIndex: returnIndex)
    }

    /// Who leaves workplace `index` in the interval, and the posts to fill.
    ///
    /// Each worker leaves with the workplace's turnover rate for the length of the interval, so the
    /// leavers of 12 months come to the rate times the staff. Every leaver's post is refilled, but now
    /// and then one is not, or one more is added, so headcounts drift within ``DemoWorkplaceHistory``'s
    /// bounds. Leavers are held back where they would reach the staff count over the 12 months before
    /// the return (2320), and starters where they would pass it (2310).
    private mutating func leave(workplace index: Int, returnIndex: Int) -> [DemoVacantPost] {
        let previous = dates[returnIndex - 1]
        let date = dates[returnIndex]
        let days = date.dayNumber - previous.dayNumber
        var random = stream(Salt.interval, returnIndex, index)
        var history = workplaces[index]
        let hazard = min(0.9, history.plan.figures.turnoverRate * Double(days) / 365)
        // Only permanent and temporary staff leave: `LEAVERS` and the turnover rate are about them, and
        // bank and agency workers, who come and go, are not counted in either.
        var leaving = history.staff.indices.filter {
            random.chance(hazard) && history.staff[$0].worker.contract.isDirectlyEmployed
        }
        let driftChance = min(0.25, 0.06 * Double(days) / 30)
        let roll = random.unit()
        var drift = roll < driftChance ? -1 : (roll < 2 * driftChance ? 1 : 0)
        let windowStart = date.adding(months: -12)
        let earlierLeavers =
            history.leavers.filter { $0.date >= windowStart }.count
            + history.earlyLeavers.filter { $0.date > windowStart }.count
        let earlierStarters = history.records.filter { $0.date > windowStart }.count
        // This interval's leavers count for the return when they were in a return within its 12 months.
        let leaversCount = previous >= windowStart
        let headcount = history.staff.count
        var unfilled: Int?
        while true {
            unfilled = nil
            if drift == -1, headcount - 1 >= history.floor {
                // A manager's post is always refilled: regulated workplaces keep their registered manager.
                unfilled = leaving.last {
                    !DemoUploadGenerator.managerRoles.contains(history.staff[$0].worker.role.code)
                }
            }
            if drift == 1, headcount + 1 > history.ceiling { drift = 0 }
            let change = drift == -1 ? (unfilled == nil ? 0 : -1) : drift
            let starters = leaving.count + change
            let after = headcount + change
            let leavers = earlierLeavers + (leaversCount ? leaving.count : 0)
            if leavers <= after - 1 && earlierStarters + starters <= after { break }
            if leaving.isEmpty {
                // Without leavers or drift the counts are those of the previous return, which fitted.
                guard drift != 0 else { break }
                drift = 0
            } else {
                leaving.removeLast()
            }
        }
        var posts: [DemoVacantPost] = []
        func post(_ role: DemoRole) {
            let start = previous.adding(days: 1 + random.below(days))
            posts.append(DemoVacantPost(workplace: index, role: role, start: start, position: posts.count))
        }
        for position in leaving where position != unfilled { post(history.staff[position].worker.role) }
        if drift == 1 { post(DemoRole.all[history.plan.kind.roleMix.draw(using: &random)]!) }
        for position in leaving {
            let worker = history.staff[position].worker
            history.leavers.append(DemoStaffEvent(date: previous, role: worker.role.code))
            if random.chance(Self.stayInSectorShare) {
                movers.append(DemoMover(identity: worker.identity, previousRole: worker.role, from: index))
            }
        }
        let gone = Set(leaving)
        history.staff = history.staff.indices.filter { !gone.contains($0) }.map { history.staff[$0] }
        for position in history.staff.indices {
            generator.carryOver(
                &history.staff[position], from: previous, to: date, figures: history.plan.figures, random: &random)
        }
        workplaces[index] = history
        return posts
    }
}
