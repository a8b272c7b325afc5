import Foundation
import Passport

/// Which of a provider's training records become credentials: those with a completion date, a
/// catalogue item for their ASC-WDS category and the issuer's permission, and no live credential for
/// the same worker, achievement and completion already.
struct TrainingIssuePlan: Sendable {
    /// Credentials to issue.
    var requests: [PassportIssuance.Request] = []
    /// Records left out because they cannot become a credential, with why, for the summary.
    var notIssuable: [String: Int] = [:]
    /// Records already issued.
    var alreadyIssued = 0

    /// The plan for `records`; `existing` holds `subject|code|completed` of the issuer's live credentials.
    init(
        records: [PassportEmployerRecords.TrainingRow], catalogue: TrainingCatalogueFile, issuer: TrustedIssuer,
        existing: Set<String>
    ) {
        var seen = existing
        for record in records {
            guard let code = catalogue.codeForCategory[record.category] else {
                notIssuable["no catalogue item for its training category", default: 0] += 1
                continue
            }
            guard issuer.mayIssue(code) else {
                notIssuable["\(code) is awarded by others", default: 0] += 1
                continue
            }
            guard let completed = record.completed.flatMap(Passport.CalendarDate.init(iso:)) else {
                notIssuable["no completion date", default: 0] += 1
                continue
            }
            guard seen.insert(Self.key(subject: record.did, code: code, completed: completed.description)).inserted
            else {
                alreadyIssued += 1
                continue
            }
            requests.append(
                PassportIssuance.Request(
                    subjectDID: record.did, achievementCode: code, completedOn: completed,
                    expiry: Self.expiry(record, completed: completed), staffID: record.staffID,
                    trainingID: record.trainingID))
        }
    }

    /// The identity of a credential for de-duplication.
    static func key(subject: String, code: String, completed: String) -> String { "\(subject)|\(code)|\(completed)" }

    /// The employer's own expiry date, when it gave one after completion, overrides the catalogue. ASC-WDS
    /// expiry dates are the last valid day, so `validUntil` is the day after.
    private static func expiry(
        _ record: PassportEmployerRecords.TrainingRow, completed: Passport.CalendarDate
    ) -> TrainingCredential.Expiry {
        guard let lastDay = record.expiry.flatMap(Passport.CalendarDate.init(iso:)), lastDay >= completed else {
            return .catalogue
        }
        return .on(Passport.CalendarDate(daysSinceEpoch: lastDay.daysSinceEpoch + 1))
    }
}
