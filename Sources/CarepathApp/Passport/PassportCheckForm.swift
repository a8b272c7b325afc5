import Foundation
import Passport
import Vapor

/// The employer's "record a check" form, read into an ``EmploymentCheck`` that holds only what
/// passport.md 2.4 allows, or into the fields' problems.
struct PassportCheckForm: Content, Sendable {
    var staff: String?
    var check: String?
    var checked: String?
    var role: String?
    var dbsLevel: String?
    var dbsWorkforce: String?
    var dbsIssued: String?
    var dbsUpdateService: String?

    enum CodingKeys: String, CodingKey {
        case staff, check, checked, role
        case dbsLevel = "dbs-level"
        case dbsWorkforce = "dbs-workforce"
        case dbsIssued = "dbs-issued"
        case dbsUpdateService = "dbs-update-service"
    }

    /// The kinds of check, as the form offers them.
    static let kinds = [
        ("dbs", "DBS certificate seen"), ("right-to-work", "Right to work checked"),
        ("occupational-health", "Occupational health clearance"),
    ]

    /// The check and its date, or the problems, each naming its field, on or before `today`.
    func parsed(today: Passport.CalendarDate) -> Result<(EmploymentCheck, Passport.CalendarDate), FieldErrors> {
        var errors: [Components.FieldError] = []
        let checkedOn = Self.date(checked, field: "checked", label: "the date of the check", today: today, &errors)
        let role = role.flatMap(CareWorkforceRole.init(rawValue:))
        var check: EmploymentCheck?
        switch self.check {
        case "dbs":
            let issued = Self.date(
                dbsIssued, field: "dbs-issued", label: "the certificate's issue date", today: today, &errors)
            let level = dbsLevel.flatMap(DBSCheck.Level.init(rawValue:))
            let workforce = dbsWorkforce.flatMap(DBSCheck.Workforce.init(rawValue:))
            if level == nil { errors.append(.init(fieldID: "dbs-level", message: "Choose the level of the DBS check")) }
            if workforce == nil { errors.append(.init(fieldID: "dbs-workforce", message: "Choose the workforce")) }
            if let issued, let level, let workforce {
                check = .dbs(
                    DBSCheck(
                        level: level, workforce: workforce,
                        barredListsChecked: level == .enhancedWithBarredLists ? [.adults] : [],
                        certificateIssuedOn: issued, updateServiceSubscribed: dbsUpdateService == "yes"))
            }
        case "right-to-work": check = .rightToWork(role: role, confirmed: true)
        case "occupational-health":
            if let role {
                check = .occupationalHealth(role: role)
            } else {
                errors.append(.init(fieldID: "role", message: "Choose the role category the clearance was for"))
            }
        default: errors.append(.init(fieldID: "check", message: "Choose the kind of check"))
        }
        guard errors.isEmpty, let check, let checkedOn else { return .failure(FieldErrors(errors: errors)) }
        return .success((check, checkedOn))
    }

    private static func date(
        _ text: String?, field: String, label: String, today: Passport.CalendarDate,
        _ errors: inout [Components.FieldError]
    ) -> Passport.CalendarDate? {
        guard let date = text.flatMap(Passport.CalendarDate.init(iso:)), date <= today else {
            errors.append(.init(fieldID: field, message: "Enter \(label) as YYYY-MM-DD, not after today"))
            return nil
        }
        return date
    }
}

/// Form problems, as an error so they travel in a `Result`.
struct FieldErrors: Error {
    var errors: [Components.FieldError]
}
