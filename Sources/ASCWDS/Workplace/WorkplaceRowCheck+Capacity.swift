/// `CAPACITY` and `UTILISATION` (1140, spec 4.3).
extension WorkplaceRowCheck {
    /// Checks both lists against ALLSERVICES and writes the accepted values into `services`.
    mutating func capacities(_ layout: ServiceLayout, into services: inout [WorkplaceRecord.Service]) {
        let capacities = positionalNumbers("CAPACITY", layout)
        let utilisations = positionalNumbers("UTILISATION", layout)
        let table = context.codes[.mainServices]
        if let capacities {
            for (position, value) in capacities.enumerated() {
                guard let value, table.contains(services[position].code) else { continue }
                if table.attribute("capacity_question", of: services[position].code)?.isEmpty ?? true {
                    findings.error(
                        code: 1140, rule: "WP-CAPACITY-NOT-ASKED", column: "CAPACITY",
                        "CAPACITY item \(position + 1) is \(value), but \(serviceDescription(services[position].code)) "
                            + "has no capacity question, so no number is allowed there, not even 0. Leave that item empty "
                            + "(keeping the ; separators).")
                } else {
                    services[position].capacity = value
                }
            }
        }
        guard let utilisations, utilisations.contains(where: { $0 != nil }) else { return }
        if layout.noneComesFirst {
            // ASC-WDS reads the value as belonging to "service 0" (error 1140); Carepath warns and drops
            // it, as for any utilisation without a question (10.15), and says how to fix the order.
            findings.warning(
                code: 1140, rule: "WP-UTILISATION-NONE-FIRST", column: "ALLSERVICES/UTILISATION",
                value: "ALLSERVICES \(row["ALLSERVICES"]), UTILISATION \(row["UTILISATION"])",
                "UTILISATION was ignored because ALLSERVICES \(WorkplaceCells.quoted(row["ALLSERVICES"])) puts 0 "
                    + "before the main service, and ASC-WDS then reads the value as being for \"no other services\". "
                    + "Put the main service first (such as \(layout.codes.first.map(String.init) ?? "8");0).")
            return
        }
        for (position, value) in utilisations.enumerated() {
            guard let value, table.contains(services[position].code) else { continue }
            if table.attribute("utilisation_question", of: services[position].code)?.isEmpty ?? true {
                findings.warning(
                    code: 1140, rule: "WP-UTILISATION-NOT-ASKED", column: "UTILISATION",
                    "UTILISATION item \(position + 1) (\(value)) was ignored because "
                        + "\(serviceDescription(services[position].code)) has no utilisation question. Leave that item empty "
                        + "(keeping the ; separators).")
            } else {
                services[position].utilisation = value
            }
        }
    }

    /// One whole number 0–9998 or empty item per service, or `nil` after reporting a list that does not
    /// line up with ALLSERVICES or has other items.
    private mutating func positionalNumbers(_ column: String, _ layout: ServiceLayout) -> [Int?]? {
        let cell = row[column]
        let items = Cells.list(cell)
        let aligned = layout.align(cell)
        if aligned == nil {
            findings.error(
                code: 1140, rule: "WP-\(column)-COUNT", column: "ALLSERVICES/\(column)",
                value: "ALLSERVICES \(row["ALLSERVICES"]), \(column) \(cell)",
                "\(column) has \(WorkplaceCells.count(items.count, "item")) but ALLSERVICES has "
                    + "\(WorkplaceCells.count(layout.codes.count, "service")) (not "
                    + "counting 0). Give one item per service, empty where there is no number; with two services "
                    + "and no numbers write a single ;.")
        }
        let invalid = items.filter { item in
            let text = WorkplaceCells.trimmedItem(item)
            guard !text.isEmpty else { return false }
            guard let number = Cells.wholeNumber(text) else { return true }
            return !(0..<9999).contains(number)
        }
        if !invalid.isEmpty {
            findings.error(
                code: 1140, rule: "WP-\(column)-VALUE", column: column,
                "\(column) \(WorkplaceCells.quoted(cell)) has items that are not whole numbers from 0 to 9998 "
                    + "(\(invalid.map(WorkplaceCells.quoted).joined(separator: ", "))). "
                    + "Use whole numbers without decimals or other characters, or leave the item empty.")
        }
        guard let aligned, invalid.isEmpty else { return nil }
        noteSpaces(column, items)
        return aligned.map(WorkplaceCells.integer)
    }
}
