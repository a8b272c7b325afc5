// libFuzzer harness for the ASC-WDS upload reader and validators. Not part of the Swift package:
// build and run it with Fuzz/fuzz.sh (see Fuzz/README.md).
//
// Each input is one uploaded file. It is read through UploadFileReader whole and in small chunks
// (the two must agree), and, when it is a recognised Workplace, Staff or Training file, validated
// with the valid example files standing in for the other two. Any trap (crash, overflow, index out
// of range, precondition), sanitizer report or broken invariant below is a finding.

import ASCWDS
import CarepathCore
import Foundation

/// The specification folder: `CAREPATH_SPECS`, or `../shared/specs` beside the project.
private let specs: URL = {
    if let path = ProcessInfo.processInfo.environment["CAREPATH_SPECS"] {
        return URL(fileURLWithPath: path)
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/specs")
}()

private func specBytes(_ relativePath: String) -> [UInt8] {
    let path = specs.appendingPathComponent(relativePath).path
    guard let data = FileManager.default.contents(atPath: path) else {
        fatalError("missing spec file \(path); set CAREPATH_SPECS")
    }
    return Array(data)
}

private let today = CalendarDate(year: 2025, month: 7, day: 16)!

private let context: ValidationContext = {
    var files: [String: [UInt8]] = [:]
    for name in CodeLists.fileNames { files[name] = specBytes("ascwds-codes/\(name)") }
    do {
        return ValidationContext(codes: try CodeLists(files: files), today: today)
    } catch {
        fatalError("code lists: \(error)")
    }
}()

/// The organisation of the examples (spec 12): Sunrise Care Group, a parent with three stored workplaces.
private let sunrise = AccountContext(
    workplaces: [
        "SUNRISE-HO": .init(reference: "SUNRISE-HO", name: "Sunrise Care Group Head Office", isRegulated: false),
        "SUNRISE-CH1": .init(
            reference: "SUNRISE-CH1", name: "Meadowbank Nursing Home", locationID: "1-101", isRegulated: true),
        "SUNRISE-DAY1": .init(reference: "SUNRISE-DAY1", name: "Riverside Day Centre", isRegulated: false),
    ],
    staff: [
        StaffKey(workplace: "SUNRISE-HO", worker: "EMP0001"): .init(mainJobRole: 1),
        StaffKey(workplace: "SUNRISE-CH1", worker: "EMP0102"): .init(mainJobRole: 4),
        StaffKey(workplace: "SUNRISE-DAY1", worker: "EMP0301"): .init(mainJobRole: 25),
    ],
    isParent: true, primaryWorkplaceKey: "SUNRISE-HO")

private struct Outcome: Equatable {
    var rows: [UploadRow] = []
    var header: FileHeader?
    var error: UploadFileError?
}

private func read(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) -> Outcome {
    var outcome = Outcome()
    var reader = UploadFileReader(fileName: "fuzz.csv")
    do {
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            try reader.consume(UnsafeBufferPointer(rebasing: bytes[start..<end])) { outcome.rows.append($0) }
            start = end
        }
        try reader.finish { outcome.rows.append($0) }
    } catch let error as UploadFileError {
        outcome.error = error
    } catch {
        fatalError("unexpected error type: \(error)")
    }
    outcome.header = reader.header
    return outcome
}

private let validFiles: [UploadFileKind: [UploadRow]] = {
    var rows: [UploadFileKind: [UploadRow]] = [:]
    for (kind, name) in [(UploadFileKind.workplace, "workplace"), (.staff, "staff"), (.training, "training")] {
        let bytes = specBytes("ascwds-examples/\(name)-valid.csv")
        rows[kind] = bytes.withUnsafeBufferPointer { read($0, chunk: 4096) }.rows
    }
    return rows
}()

private func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 1
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0A {
            count += 1
        } else if bytes[index] == 0x0D {
            count += 1
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        }
        index += 1
    }
    return count
}

private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}

private func validate(_ outcome: Outcome, kind: UploadFileKind, lines: Int, firstReturn: Bool) {
    var files = validFiles
    files[kind] = outcome.rows
    var validator = UploadValidator(
        context: context, account: firstReturn ? AccountContext() : sunrise,
        postcodeIsKnown: { $0.outcode.normalised != "BD1" })
    for row in files[.workplace]! { validator.validateWorkplace(row) }
    validator.finishWorkplaces()
    for row in files[.staff]! {
        let result = validator.validateStaff(row)
        check(result.record == nil || !result.findings.contains { $0.severity == .error }, "staff record with an error")
        check(result.findings.allSatisfy { $0.line == row.line && $0.file == .staff }, "staff finding off its row")
    }
    for row in files[.training] ?? [] {
        let result = validator.validateTraining(row)
        check(
            result.record == nil || !result.findings.contains { $0.severity == .error }, "training record with an error"
        )
        check(
            result.findings.allSatisfy { $0.line == row.line && $0.file == .training }, "training finding off its row")
    }
    let report = validator.finish()
    for finding in report.findings {
        check(!finding.rule.isEmpty && !finding.message.isEmpty && !finding.column.isEmpty, "empty finding: \(finding)")
        check(finding.line >= 1, "finding before line 1: \(finding)")
        if finding.file == kind { check(finding.line <= lines, "finding past the end of the file: \(finding)") }
    }
    let csv = FindingsReport.csv(report.findings)
    let records = try? CSVReader.records(in: Array(csv.utf8))
    check(records?.count == report.findings.count + 1, "the findings report does not read back")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let whole = read(bytes, chunk: max(size, 1))
    // The chunk size comes from the input's length, so every size from 1 to 16 is exercised.
    let chunked = read(bytes, chunk: size % 16 + 1)
    check(
        whole == chunked,
        "chunk size \(size % 16 + 1) read \(chunked.rows.count) rows / \(String(describing: chunked.error)); "
            + "whole: \(whole.rows.count) rows / \(String(describing: whole.error))")
    let lines = lineCount(bytes)
    if let line = whole.error?.line { check((1...lines).contains(line), "error line \(line) of \(lines)") }
    for row in whole.rows { check(row.line >= 2 && row.line <= lines, "row line \(row.line) of \(lines)") }
    guard whole.error == nil, let kind = whole.header?.kind else { return 0 }
    validate(whole, kind: kind, lines: lines, firstReturn: size % 5 == 0)
    return 0
}
