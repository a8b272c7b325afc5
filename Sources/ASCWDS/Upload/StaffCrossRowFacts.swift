/// What the rules across staff rows need to remember of each row: NI-number groups (5570) and
/// annual salaries by job role (1260). A few numbers per row, never the row itself.
struct StaffCrossRowFacts: Sendable {
    struct RowReference: Sendable, Hashable {
        var line: Int
        var workplace: String
        var worker: String
    }

    private struct Hours: Sendable {
        var row: RowReference
        var halves: Int
    }

    private var byNationalInsurance: [String: [Hours]] = [:]
    private var bySalary: [String: [Hours]] = [:]

    /// Notes a NEW or UPDATE row's NI number, contracted hours and annual salary.
    mutating func add(_ record: StaffRecord) {
        let reference = RowReference(
            line: record.line, workplace: record.localEstablishmentID, worker: record.uniqueWorkerID)
        let halves: Int?
        if case .known(let hours)? = record.contractedHours { halves = hours.halves } else { halves = nil }
        if let number = record.nationalInsuranceNumber {
            byNationalInsurance[number, default: []].append(Hours(row: reference, halves: halves ?? 0))
        }
        if record.payInterval == .annual, let salary = record.annualSalaryPounds, let role = record.mainJobRole,
            let halves
        {
            bySalary["\(role)|\(salary)", default: []].append(Hours(row: reference, halves: halves))
        }
    }

    /// The findings, once every row is in.
    func findings() -> [Finding] {
        var findings: [Finding] = []
        for group in byNationalInsurance.values where group.count > 1 {
            let total = group.reduce(0) { $0 + $1.halves }
            guard total > 150 else { continue }  // 75 hours, in halves
            // One message per group, naming a few lines, so a huge group stays linear in size.
            let shown = group.prefix(5).map { String($0.row.line) }.joined(separator: ", ")
            let lines = group.count > 5 ? "\(shown) and \(group.count - 5) more" : shown
            let message =
                "the same NI number is on lines \(lines), with \(Double(total) / 2) contracted hours in all; "
                + "one person cannot work more than 75 contracted hours"
            for member in group {
                findings.append(
                    finding(
                        member.row, column: "NINUMBER", severity: .error, code: 5570, rule: "ST-NINUMBER-OVER-75-HOURS",
                        message))
            }
        }
        for group in bySalary.values where group.count > 1 {
            // Carepath leaves the row itself out of the comparison (spec 10.20): a part-timer needs a
            // full-timer other than itself, which matters only for 36.5 hours (73 halves), both at once.
            let fullTimers = group.filter { $0.halves > 72 }.count
            for member in group where member.halves < 74 {
                let others = fullTimers - (member.halves > 72 ? 1 : 0)
                guard others > 0 else { continue }
                findings.append(
                    finding(
                        member.row, column: "SALARY", severity: .warning, code: 1260, rule: "ST-SALARY-FTE",
                        "this part-time worker has the same annual salary as a full-time colleague in the same job role; "
                            + "check SALARY is the actual pay, not the full-time equivalent"))
            }
        }
        return findings
    }

    private func finding(
        _ row: RowReference, column: String, severity: Finding.Severity, code: Int, rule: String, _ message: String
    ) -> Finding {
        Finding(
            file: .staff, line: row.line, localEstablishmentID: row.workplace, uniqueWorkerID: row.worker,
            column: column,
            severity: severity, code: code, rule: rule, value: column == "NINUMBER" ? "(withheld: personal data)" : nil,
            message: message)
    }
}
