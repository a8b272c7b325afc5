import Planning
import Plot

extension PlanningAreaPage {
    /// The POST form that saves a named scenario; it re-shows what was typed, with errors.
    static func scenarioForm(_ model: Model, _ context: PlanningContext) -> Node<HTML.BodyContext> {
        guard model.canEdit else {
            return .group(
                .h2(.class("cp-heading-l"), .text("Create a scenario")),
                .p(
                    .text("Editors of this area's council or region can save scenarios here. "),
                    .a(
                        .href(
                            SiteURL.signIn(
                                returnTo: SiteURL.planningArea(model.area.code, selection: model.selection).path
                            ).path),
                        .text("Sign in")),
                    .text(" to save one.")))
        }
        let errors = Dictionary(model.problems.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
        let form = model.form
        let lastYear = context.inputs.baseYear + context.inputs.horizon
        let leverFields: [Node<HTML.BodyContext>] = ScenarioForm.fields.map { field in
            FormFields.text(
                name: field.name, label: field.label,
                hint: field.kind == .year ? "\(field.hint) (\(context.inputs.baseYear)–\(lastYear))" : field.hint,
                value: form.values[field.name] ?? "", error: errors[field.name], widthClass: "cp-input--width-5",
                inputMode: "decimal")
        }
        let drivers = DemandDriver.Kind.allCases.map { (value: $0.rawValue, label: $0.label) }
        let weightFields: [Node<HTML.BodyContext>] = ScenarioForm.weightBands.map { band in
            FormFields.text(
                name: band.name, label: band.label, value: form.values[band.name] ?? "", error: nil,
                widthClass: "cp-input--width-3", inputMode: "decimal")
        }
        let action = SiteURL.planningScenarios(model.area.code, selection: model.selection).path
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "class", value: "cp-form"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: action),
            .attribute(named: "novalidate", value: "novalidate"),
            PageSlots.csrfField(),
            FormFields.text(
                name: "name", label: "Scenario name", value: form.name, error: errors["name"],
                widthClass: "cp-input--width-20"),
            .element(
                named: "p",
                nodes: [
                    .attribute(named: "class", value: "cp-hint"),
                    .text("Leave a lever blank to keep its baseline value."),
                ]),
            FormFields.fieldset(
                legend: "Turnover, pay and retirement",
                Array(leverFields[0..<7]) + [
                    FormFields.checkbox(
                        name: "retireAtStatePensionAge", id: "retireAtStatePensionAge", value: "yes",
                        label: "Everyone retires at state pension age (the 65+ band leaves each year)",
                        checked: form.retireAtStatePensionAge)
                ]),
            FormFields.fieldset(legend: "Entrants", Array(leverFields[7..<10])),
            FormFields.fieldset(
                legend: "Demand",
                [
                    FormFields.select(
                        name: "demandDriver", label: "Demand driver", options: drivers, selected: form.demandDriver)
                ]
                    + [
                        .element(
                            named: "p",
                            nodes: [
                                .attribute(named: "class", value: "cp-hint"),
                                .text(
                                    "Weights apply only to the age-weighted driver; no defaults are published, so enter your own."
                                ),
                            ])
                    ]
                    + weightFields + [leverFields[10]]),
            FormFields.fieldset(legend: "Unit costs", Array(leverFields[11...])),
            FormFields.submit("Save scenario"),
        ]
        if errors["demandDriver"] != nil {
            nodes.insert(
                .element(
                    named: "p",
                    nodes: [
                        .attribute(named: "class", value: "cp-error-message"),
                        .attribute(named: "id", value: "demandDriver-error"), .text(errors["demandDriver"]!),
                    ]),
                at: nodes.count - 1)
        }
        return .group(
            .h2(.class("cp-heading-l"), .id("new-scenario"), .text("Create a scenario")),
            .element(named: "form", nodes: nodes))
    }
}
