/// How `ALLSERVICES` lines up with its positional lists `CAPACITY`, `UTILISATION` and `SERVICEDESC`
/// (spec 4.3).
///
/// The lists have one item per service, not counting the `0` ("no other services") item. ASC-WDS
/// also accepts a list that keeps an empty (or `0`) slot where `ALLSERVICES` has its `0` (`40;` with
/// `1;0`), and, when there is only one service, stray separators around a single value (`40;` with
/// `72`). Carepath accepts exactly those shapes.
struct ServiceLayout {
    /// The `ALLSERVICES` items as written.
    let items: [String]
    /// The services, every item but `0`, in order.
    let codes: [Int]

    /// Whether `ALLSERVICES` has the `0` item.
    var hasNone: Bool {
        items.contains(where: Self.isNone)
    }

    /// Whether the `0` item comes before the main service (`0;8`). ASC-WDS then maps utilisation
    /// values to "service 0", which has no utilisation question.
    var noneComesFirst: Bool {
        items.first.map(Self.isNone) ?? false
    }

    static func isNone(_ item: String) -> Bool {
        WorkplaceCells.trimmedItem(item) == "0"
    }

    /// The items of a positional list, one per service in ``codes``, or `nil` when the list does not
    /// have one item per service.
    func align(_ cell: String) -> [String]? {
        let list = Cells.list(cell)
        if list.count == codes.count {
            return list
        }
        if hasNone, list.count == items.count, let aligned = withoutNoneSlots(list) {
            return aligned
        }
        if codes.count == 1 {
            let filled = list.filter { !WorkplaceCells.trimmedItem($0).isEmpty }
            if filled.count <= 1 {
                return [filled.first ?? ""]
            }
        }
        return nil
    }

    /// The list without the items at the `0` positions, which must be empty or `0`.
    private func withoutNoneSlots(_ list: [String]) -> [String]? {
        var aligned: [String] = []
        for (item, service) in zip(list, items) {
            if Self.isNone(service) {
                let slot = WorkplaceCells.trimmedItem(item)
                guard slot.isEmpty || slot == "0" else { return nil }
            } else {
                aligned.append(item)
            }
        }
        return aligned
    }
}
