import Foundation
import Testing

@testable import QRCode

/// A symbol that segno made, read from `Fixtures/*.txt` (see `scripts/make_golden.py`).
struct GoldenFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let correction: ErrorCorrection
    let version: Int
    let mode: EncodingMode
    let mask: Int
    let segnoAutomaticMask: Int
    /// For each mask 0–7, segno's N1–N4 on the complete symbol.
    let penalties: [[Int]]
    /// Dark modules, row by row.
    let rows: [[Bool]]

    var testDescription: String { name }

    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// Every symbol fixture, in name order; `tables.txt` is not one.
    static let all: [GoldenFixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix("v") && $0.hasSuffix(".txt") }.sorted().map(load)
    }()

    static func load(_ fileName: String) -> GoldenFixture {
        let url = directory.appendingPathComponent(fileName)
        let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n") ?? []
        var header: [String: String] = [:]
        for line in lines where line.hasPrefix("# ") {
            let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1)
            header[String(parts[0])] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        let modes: [String: EncodingMode] = ["numeric": .numeric, "alphanumeric": .alphanumeric, "byte": .byte]
        let levels: [String: ErrorCorrection] = ["L": .low, "M": .medium, "Q": .quartile, "H": .high]
        return GoldenFixture(
            name: String(fileName.dropLast(4)),
            text: String(decoding: hexBytes(header["text-utf8-hex"] ?? ""), as: UTF8.self),
            correction: levels[header["level"] ?? ""] ?? .low,
            version: Int(header["version"] ?? "") ?? 0,
            mode: modes[header["mode"] ?? ""] ?? .byte,
            mask: Int(header["mask"] ?? "") ?? -1,
            segnoAutomaticMask: Int(header["segno-automatic-mask"] ?? "") ?? -1,
            penalties: (header["penalties"] ?? "").split(separator: ";").map {
                $0.split(separator: " ").compactMap { Int($0) }
            },
            rows: lines.filter { !$0.hasPrefix("#") }.map { $0.map { $0 == "1" } })
    }

    private static func hexBytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).compactMap {
            UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16)
        }
    }
}
