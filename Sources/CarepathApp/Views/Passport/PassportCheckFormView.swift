import Passport
import Plot

/// The employer's form for attesting a check it made: only the fact, its type and dates, never the
/// content (passport.md 2.4).
enum PassportCheckFormView {
    static func render(_ model: PassportEmployerPage.Model) -> Node<HTML.BodyContext> {
        guard !model.workers.isEmpty else { return .empty }
        let byField = Components.byField(model.errors)
        let roles =
            [("", "Not for a particular role")] + CareWorkforceRole.allCases.map { ($0.rawValue, $0.displayName) }
        return .element(
            named: "form",
            nodes: [
                .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: PassportURL.employerChecks(model.reference).path.htmlEscaped),
                .attribute(named: "novalidate", value: "novalidate"), PageSlots.csrfField(),
                .element(
                    named: "h2", nodes: [.attribute(named: "class", value: "cp-heading-l"), .text("Record a check")]),
                .element(
                    named: "p",
                    nodes: [
                        .text(
                            "The worker's passport says that you made the check, of what type and when. It never "
                                + "holds what a DBS certificate disclosed, which documents proved the right to work, "
                                + "or any health information.")
                    ]),
                FormFields.select(
                    name: "staff", label: "Worker",
                    options: model.workers.map { ($0.staffID.uuidString, $0.uniqueWorkerID) },
                    selected: model.workers.first?.staffID.uuidString ?? ""),
                FormFields.select(
                    name: "check", label: "Check", options: PassportCheckForm.kinds, selected: "dbs"),
                FormFields.text(
                    name: "checked", label: "Date of the check", hint: "For example, 2026-03-27", value: "",
                    error: byField["checked"], widthClass: "cp-input--width-10"),
                FormFields.select(
                    name: "role", label: "Role category (right to work, occupational health)", options: roles,
                    selected: ""),
                FormFields.select(
                    name: "dbs-level", label: "DBS level",
                    options: DBSCheck.Level.allCases.map {
                        ($0.rawValue, $0.rawValue.replacingOccurrences(of: "-", with: " ").capitalized)
                    },
                    selected: DBSCheck.Level.enhancedWithBarredLists.rawValue),
                FormFields.select(
                    name: "dbs-workforce", label: "DBS workforce",
                    options: DBSCheck.Workforce.allCases.map { ($0.rawValue, $0.rawValue.capitalized) },
                    selected: "adult"),
                FormFields.text(
                    name: "dbs-issued", label: "DBS certificate issue date", hint: "For a DBS check only", value: "",
                    error: byField["dbs-issued"], widthClass: "cp-input--width-10"),
                FormFields.select(
                    name: "dbs-update-service", label: "Subscribed to the DBS Update Service",
                    options: [("no", "No"), ("yes", "Yes")], selected: "no"),
                FormFields.submit("Issue the attestation"),
            ])
    }
}
