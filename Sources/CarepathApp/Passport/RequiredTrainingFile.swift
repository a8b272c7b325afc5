import Foundation
import Vapor

/// Which catalogue items each group of job roles must hold (`Resources/Passport/required-training.csv`):
/// Skills for Care's statutory and mandatory training for every worker, plus moving and assisting
/// people, basic life support and medication for direct care (passport.md 10.1). The last group, with
/// no job roles listed, takes every other role.
struct RequiredTrainingFile: Sendable {
    struct Group: Sendable, Equatable {
        var id: String
        var label: String
        var jobRoles: Set<Int>
        var codes: [String]
    }

    let groups: [Group]

    /// The bundled file, checked against the catalogue so a typo cannot silently require nothing.
    static func load(catalogue: TrainingCatalogueFile) throws -> RequiredTrainingFile {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Passport/required-training.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        let groups = try lines.enumerated().map { offset, line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else {
                throw CarepathError.referenceDataInconsistent(
                    "required-training.csv line \(offset + 2): 4 fields expected")
            }
            let codes = fields[3].split(separator: " ").map(String.init)
            if let unknown = codes.first(where: { catalogue.item($0) == nil }) {
                throw CarepathError.referenceDataInconsistent(
                    "required-training.csv line \(offset + 2): \(unknown) is not in the training catalogue")
            }
            return Group(
                id: fields[0], label: fields[1], jobRoles: Set(fields[2].split(separator: " ").compactMap { Int($0) }),
                codes: codes)
        }
        return RequiredTrainingFile(groups: groups)
    }

    /// The group a main job role belongs to: the first that lists it, else the catch-all.
    func group(forJobRole role: Int?) -> Group? {
        groups.first { role.map($0.jobRoles.contains) ?? false } ?? groups.first { $0.jobRoles.isEmpty }
    }
}

extension Application {
    private struct RequiredTrainingKey: StorageKey {
        typealias Value = RequiredTrainingFile
    }

    /// The required training by role group, loaded by ``configure(_:config:)``.
    var requiredTraining: RequiredTrainingFile {
        get {
            guard let file = storage[RequiredTrainingKey.self] else { fatalError("configure(_:config:) loads it") }
            return file
        }
        set { storage[RequiredTrainingKey.self] = newValue }
    }
}
