extension UploadValidator {
    /// Validates one Training row. Call it after the last Staff row.
    public mutating func validateTraining(_ row: UploadRow) -> RowOutcome<TrainingRecord> {
        rowCounts[.training, default: 0] += 1
        if trainingRules == nil {
            trainingRules = TrainingCrossFileRules(
                workplaceKeys: Set(workplaceRules.surviving.keys), staff: trainingDatesOfBirth)
        }
        let validation = TrainingRowValidator(context: context).validate(row)
        var rowFindings = validation.findings
        let crossFile = validation.record.map { trainingRules!.check($0, row: row) } ?? trainingRules!.check(row)
        if let crossFile { rowFindings.append(crossFile) }
        let record = rowFindings.contains { $0.severity == .error } ? nil : validation.record
        findings += rowFindings
        return RowOutcome(findings: rowFindings, record: record)
    }
}
