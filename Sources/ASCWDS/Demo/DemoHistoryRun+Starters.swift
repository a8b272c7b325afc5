import CarepathCore

extension DemoHistoryRun {
    /// Fills every post of the interval, with new staff records at return `returnIndex`.
    ///
    /// Posts take movers (leavers who stay in the sector) by selection sampling, each with chance
    /// movers left ÷ posts left, so movers are spread evenly over all workplaces and, where they fit,
    /// all placed; the rest of the posts get people new to the demo workplaces. A mover who fits none
    /// of the posts (too young for them, or the only ones at their old workplace) waits for the next
    /// interval.
    mutating func fill(_ posts: [DemoVacantPost], returnIndex: Int) {
        var random = stream(Salt.fill, returnIndex, 0)
        for (offset, post) in posts.enumerated() {
            var mover: DemoMover?
            let left = posts.count - offset
            if !movers.isEmpty, random.chance(min(1, Double(movers.count) / Double(left))),
                let position = movers.firstIndex(where: { Self.fits($0, post) })
            {
                mover = movers.remove(at: position)
            }
            state.staffSerial += 1
            let plan = workplaces[post.workplace].plan
            var draws = SeededGenerator(
                seed: SeededGenerator.mixed(
                    streamSeed(Salt.joiner, returnIndex, post.workplace) ^ UInt64(post.position)))
            let hiring = generator.dated(post.start, since: dates[0])
            let worker = hiring.joiner(
                post.role, serial: state.staffSerial, start: post.start, mover: mover, at: plan,
                zeroHoursChance: workplaces[post.workplace].zeroHoursChance, random: &draws)
            // Training up to the return, not just the start: a starter has often done their induction.
            let training = generator.dated(dates[returnIndex], since: dates[0]).trainingRecords(
                for: worker, at: plan, random: &draws)
            // In place, so the workplace's arrays are not copied for each post.
            workplaces[post.workplace].staff.append(
                DemoEmployment(worker: worker, training: training, firstReturn: returnIndex))
            workplaces[post.workplace].records.append(
                DemoStaffEvent(
                    date: post.start, role: post.role.code, directlyEmployed: worker.contract.isDirectlyEmployed))
        }
    }

    /// Whether `mover` can take `post`: at another workplace, old enough for the role, and for a
    /// manager's or professional's post only someone who held that role.
    static func fits(_ mover: DemoMover, _ post: DemoVacantPost) -> Bool {
        guard mover.from != post.workplace,
            post.start.wholeYears(since: mover.identity.person.birth) >= post.role.minimumAge
        else { return false }
        return !restrictedRoles.contains(post.role.code) || mover.previousRole.code == post.role.code
    }

    /// Managers, registered nurses and social workers: posts only someone who held the role takes.
    static let restrictedRoles = DemoUploadGenerator.managerRoles.union([
        DemoRole.registeredNurse, DemoRole.socialWorker,
    ])
}
