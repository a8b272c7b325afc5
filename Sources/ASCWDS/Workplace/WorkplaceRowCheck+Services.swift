/// `ALLSERVICES` (1120, 1121) and `SERVICEDESC` (1120) (spec 4.2, 4.3); `CAPACITY` and
/// `UTILISATION` are in `WorkplaceRowCheck+Capacity.swift`.
extension WorkplaceRowCheck {
    mutating func services() {
        let cell = allServicesCell()
        guard !cell.isEmpty else {
            findings.error(
                code: 1120, rule: "WP-ALLSERVICES-BLANK", column: "ALLSERVICES",
                "ALLSERVICES is blank. List the main service and any other services, such as 8;14, "
                    + "or the main service and 0 (8;0) when there are no other services.")
            return
        }
        let items = Cells.list(cell)
        checkMainServiceIsListed(items)
        let services = items.filter { !ServiceLayout.isNone($0) }
        if services.count != items.count, services.count != 1 {
            findings.error(
                code: 1121, rule: "WP-ALLSERVICES-NONE-WITH-OTHERS", column: "ALLSERVICES",
                "ALLSERVICES \(WorkplaceCells.quoted(cell)) has 0 (no other services) as well as other services. "
                    + "Write the main service and 0 (such as 8;0), or list the services without 0.")
        }
        let notCodes = services.filter { WorkplaceCells.integer($0) == nil }
        guard notCodes.isEmpty else {
            findings.error(
                code: 1120, rule: "WP-ALLSERVICES-NOT-A-CODE", column: "ALLSERVICES",
                "ALLSERVICES \(WorkplaceCells.quoted(cell)) has items that are not service codes "
                    + "(\(notCodes.map(WorkplaceCells.quoted).joined(separator: ", "))). Use whole-number codes "
                    + "separated by ; with no empty items, such as 1;14.")
            return
        }
        noteSpaces("ALLSERVICES", items)
        // Only 0: the 1121 error says it all, and there is nothing to line the other lists up with.
        guard !services.isEmpty else { return }
        let layout = ServiceLayout(items: items, codes: services.compactMap(WorkplaceCells.integer))
        let descriptions = serviceDescriptions(layout)
        let table = context.codes[.mainServices]
        for code in layout.codes where !table.contains(code) {
            findings.error(
                code: 1120, rule: "WP-ALLSERVICES-UNKNOWN", column: "ALLSERVICES",
                "ALLSERVICES includes \(code), which is not a service code. Use codes from the main services list.")
        }
        var records = layout.codes.enumerated().map { position, code in
            WorkplaceRecord.Service(code: code, description: descriptions?[position])
        }
        capacities(layout, into: &records)
        record.services = records
        record.noOtherServices = layout.hasNone ? true : (layout.codes.count > 1 ? false : nil)
    }

    /// ALLSERVICES as written, except that a bare `0` – which ASC-WDS's own export writes for "no
    /// other services" and then rejects with 1120 and 1121 on re-import – is read as `MAIN;0`
    /// (section 9), with a notice.
    private mutating func allServicesCell() -> String {
        let cell = row["ALLSERVICES"]
        guard cell == "0", mainService != nil else { return cell }
        let rewritten = "\(row["MAINSERVICE"]);0"
        findings.add(
            .information, code: nil, rule: "WP-ALLSERVICES-BARE-ZERO", column: "ALLSERVICES",
            "ALLSERVICES \"0\" was read as \(WorkplaceCells.quoted(rewritten)) (the main service and no other "
                + "services). ASC-WDS rejects a bare 0 on NEW and UPDATE rows; write \(rewritten) instead.")
        return rewritten
    }

    /// ALLSERVICES must contain the MAINSERVICE text exactly, as ASC-WDS compares it: `8; 13` does not
    /// contain `13`.
    private mutating func checkMainServiceIsListed(_ items: [String]) {
        let main = row["MAINSERVICE"]
        guard mainService != nil, !items.contains(main) else { return }
        let spaced = items.contains { WorkplaceCells.trimmedItem($0) == main }
        let hint =
            spaced
            ? " It is there with spaces around it; remove the spaces inside the list (write 8;13, not 8; 13)."
            : " Add it to ALLSERVICES, first: \(main);0 if there are no other services, otherwise \(main) followed "
                + "by the other service codes."
        findings.error(
            code: 1120, rule: "WP-ALLSERVICES-MAINSERVICE-MISSING", column: "ALLSERVICES",
            "ALLSERVICES \(WorkplaceCells.quoted(row["ALLSERVICES"])) does not include MAINSERVICE \(main)." + hint)
    }

    /// `SERVICEDESC`: one item per service; kept for the "other" services only, at most 120 characters
    /// each. With a single service ASC-WDS accepts any text, so the whole cell is its description.
    private mutating func serviceDescriptions(_ layout: ServiceLayout) -> [String?]? {
        let cell = row["SERVICEDESC"]
        guard let aligned = layout.align(cell) ?? (layout.codes.count == 1 ? [cell] : nil) else {
            findings.error(
                code: 1120, rule: "WP-SERVICEDESC-COUNT", column: "ALLSERVICES/SERVICEDESC",
                value: "ALLSERVICES \(row["ALLSERVICES"]), SERVICEDESC \(cell)",
                "SERVICEDESC has \(WorkplaceCells.count(Cells.list(cell).count, "item")) but ALLSERVICES has "
                    + "\(WorkplaceCells.count(layout.codes.count, "service")) "
                    + "(not counting 0). Give one item per service, empty where there is no description "
                    + "(such as ;Our own service for 1;21).")
            return nil
        }
        var descriptions: [String?] = []
        for (position, (code, item)) in zip(layout.codes, aligned).enumerated() {
            let text = WorkplaceCells.trimmedItem(item)
            guard context.codes[.mainServices].attribute("servicedesc_expected", of: code) == "yes", !text.isEmpty
            else {
                descriptions.append(nil)
                continue
            }
            guard WorkplaceCells.length(text) <= 120 else {
                findings.error(
                    code: 1120, rule: "WP-SERVICEDESC-TOO-LONG", column: "SERVICEDESC",
                    "SERVICEDESC item \(position + 1) (for service \(code)) is \(WorkplaceCells.length(text)) "
                        + "characters long; a service description may have at most 120. Shorten it.")
                descriptions.append(nil)
                continue
            }
            descriptions.append(text)
        }
        return descriptions
    }
}
