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
            let lines = group.map { String($0.row.line) }.joined(separator: ", ")
            for member in group {
                findings.append(
                    finding(
                        member.row, column: "NINUMBER", severity: .error, code: 5570, rule: "ST-NINUMBER-OVER-75-HOURS",
                        "the same NI number is on lines \(lines), with \(Double(total) / 2) contracted hours in all; "
                            + "one person cannot work more than 75 contracted hours"))
            }
        }
        for group in bySalary.values where group.count > 1 {
            // Carepath leaves the row itself out of the comparison (spec 10.20).
            for member in group where member.halves < 74 {
                guard group.contains(where: { $0.row != member.row && $0.halves > 72 }) else { continue }
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
