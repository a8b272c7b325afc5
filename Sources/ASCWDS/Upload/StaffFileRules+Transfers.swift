/// `TRANSFERSTAFFRECORD`: moving a worker to another workplace of the same parent (spec 5.5).
extension StaffFileRules {
    /// The checks one row can make alone: the worker exists (1400) and the destination is in the
    /// Workplace file (1401). Only an `UPDATE` row moves the worker, so only it is checked further.
    mutating func checkTransfer(
        _ row: UploadRow, key: StaffKey, destination: String, finalWorker: String, into findings: inout RowFindings
    ) {
        guard account.staff[key] != nil else {
            findings.error(
                code: 1400, rule: "ST-TRANSFER-WORKER-NOT-FOUND", column: "TRANSFERSTAFFRECORD",
                "staff record \(row.uniqueWorkerID) does not exist at \(row.localEstablishmentID), so it cannot be moved"
            )
            return
        }
        guard RecordStatus(cell: row["STATUS"]) == .update else { return }
        // The destination is compared exactly as typed, as ASC-WDS does: no whitespace is removed.
        let inFile = workplaces.values.contains { $0.reference == destination && $0.status != .delete }
        let stored = account.workplaces.values.contains { $0.reference == destination }
        let isNewRow = workplaces.values.contains { $0.reference == destination && $0.status == .new }
        guard inFile && (stored || isNewRow) else {
            findings.error(
                code: 1401, rule: "ST-TRANSFER-DESTINATION-UNKNOWN", column: "TRANSFERSTAFFRECORD",
                "the destination workplace \(destination) is not in the Workplace file as an existing or NEW workplace")
            return
        }
        movers.append(Mover(row: row, destination: destination, finalWorker: finalWorker))
    }

    /// The destination as typed and the mover's reference with whitespace removed.
    private static func moveKey(_ mover: Mover) -> String {
        mover.destination + "\u{0}" + Cells.reference(mover.finalWorker)
    }

    /// Clashes at the destination: another mover with the same reference (1403), or a worker already
    /// there with it, stored or in the file (1402).
    func transferClashes() -> [Finding] {
        var findings: [Finding] = []
        var moves: [String: Int] = [:]
        for mover in movers { moves[Self.moveKey(mover), default: 0] += 1 }
        for mover in movers {
            let target = StaffKey(workplace: mover.destination, worker: mover.finalWorker)
            var rowFindings = RowFindings(row: mover.row)
            if (moves[Self.moveKey(mover)] ?? 0) > 1 {
                rowFindings.error(
                    code: 1403, rule: "ST-TRANSFER-DUPLICATE-MOVERS", column: "TRANSFERSTAFFRECORD",
                    "more than one worker with reference \(mover.finalWorker) is moving to \(mover.destination)")
            }
            if account.staff[target] != nil || surviving[target] != nil {
                rowFindings.error(
                    code: 1402, rule: "ST-TRANSFER-REFERENCE-TAKEN", column: "TRANSFERSTAFFRECORD",
                    "\(mover.destination) already has a worker with reference \(mover.finalWorker); "
                        + "give this worker a new reference with CHGUNIQUEWRKID")
            }
            findings += rowFindings.findings
        }
        return findings
    }
}
