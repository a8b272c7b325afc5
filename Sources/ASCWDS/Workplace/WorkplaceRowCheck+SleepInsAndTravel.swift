/// `SLEEPINS`, `SLEEPINPAY`, `TRAVELTIME` and `TTDIFFRATE` (spec 4.2), which only some main services
/// are asked (the `pay_and_pensions_group` of `main-services.csv`).
extension WorkplaceRowCheck {
    /// `SLEEPINS` (2560, 2561) and `SLEEPINPAY` (2572, 2570, 2571): asked in pay groups 1 and 2.
    mutating func sleepIns() {
        var offers = yesNoDontKnowAnswer("SLEEPINS", code: 2560)
        var pay = sleepInPay()
        // An unknown main service has its own error; these questions cannot be judged without it.
        if let group = mainServiceAttribute("pay_and_pensions_group"), group != "1", group != "2" {
            if offers != nil {
                findings.warning(
                    code: 2561, rule: "WP-SLEEPINS-MAINSERVICE", column: "SLEEPINS",
                    "SLEEPINS was ignored because sleep-ins are only asked about for domiciliary, residential, "
                        + "respite and supported-living main services, not \(mainServiceDescription). Leave it blank.")
                offers = nil
            }
            if pay != nil {
                findings.warning(
                    code: 2571, rule: "WP-SLEEPINPAY-MAINSERVICE", column: "SLEEPINPAY",
                    "SLEEPINPAY was ignored because sleep-ins are only asked about for domiciliary, residential, "
                        + "respite and supported-living main services, not \(mainServiceDescription). Leave it blank.")
                pay = nil
            }
        }
        record.offersSleepIns = offers
        record.sleepInPay = pay
    }

    private mutating func sleepInPay() -> WorkplaceRecord.SleepInPay? {
        let value = row["SLEEPINPAY"]
        guard !value.isEmpty else { return nil }
        guard row["SLEEPINS"] == "1" else {
            findings.warning(
                code: 2572, rule: "WP-SLEEPINPAY-NOT-NEEDED", column: "SLEEPINPAY",
                "SLEEPINPAY was ignored because SLEEPINS is not 1 (yes). Set SLEEPINS to 1 if the workplace offers "
                    + "sleep-ins, or clear SLEEPINPAY.")
            return nil
        }
        guard context.codes.enumeration(file: "workplace", column: "SLEEPINPAY").contains(value),
            let pay = Cells.wholeNumber(value).flatMap(WorkplaceRecord.SleepInPay.init(rawValue:))
        else {
            findings.warning(
                code: 2570, rule: "WP-SLEEPINPAY-INCORRECT", column: "SLEEPINPAY",
                "SLEEPINPAY \(WorkplaceCells.quoted(value)) is not a sleep-in pay code, so it was ignored. "
                    + "Enter 1 (hourly rate), 2 (flat rate) or 999 (don't know), or leave it blank.")
            return nil
        }
        return pay
    }

    /// `TRAVELTIME` (2580, 2581) and `TTDIFFRATE` (2592, 2590, 2591): asked in pay group 1.
    mutating func travelTime() {
        let value = row["TRAVELTIME"]
        let options = context.codes[.travelTimePayOptions]
        var option: Int?
        if options.contains(value) {
            option = Cells.wholeNumber(value)
        } else if !value.isEmpty {
            findings.warning(
                code: 2580, rule: "WP-TRAVELTIME-INCORRECT", column: "TRAVELTIME",
                "TRAVELTIME \(WorkplaceCells.quoted(value)) is not a travel-time pay code, so it was ignored. "
                    + "Use a code from the travel time pay list (1 to 6, or 999), or leave it blank.")
        }
        var rate = travelTimeRate(option: option)
        if let group = mainServiceAttribute("pay_and_pensions_group"), group != "1" {
            if option != nil {
                findings.warning(
                    code: 2581, rule: "WP-TRAVELTIME-MAINSERVICE", column: "TRAVELTIME",
                    "TRAVELTIME was ignored because travel time is only asked about for domiciliary care main "
                        + "services, not \(mainServiceDescription). Leave it blank.")
                option = nil
            }
            if rate != nil {
                findings.warning(
                    code: 2591, rule: "WP-TTDIFFRATE-MAINSERVICE", column: "TTDIFFRATE",
                    "TTDIFFRATE was ignored because travel time is only asked about for domiciliary care main "
                        + "services, not \(mainServiceDescription). Leave it blank.")
                rate = nil
            }
        }
        record.travelTimePay = option
        record.travelTimeRatePence = rate
    }

    /// `TTDIFFRATE`: only with a TRAVELTIME option that has a rate (3); £2.50 to £200, rounded to pence.
    private mutating func travelTimeRate(option: Int?) -> Int? {
        let value = row["TTDIFFRATE"]
        guard !value.isEmpty else { return nil }
        let withRate = option.flatMap {
            context.codes[.travelTimePayOptions].attribute("ttdiffrate_expected", of: $0)?.hasPrefix("yes")
        }
        guard withRate == true else {
            findings.warning(
                code: 2592, rule: "WP-TTDIFFRATE-NOT-NEEDED", column: "TTDIFFRATE",
                "TTDIFFRATE was ignored because TRAVELTIME is not 3 (a different travel time rate). Set TRAVELTIME "
                    + "to 3, or clear TTDIFFRATE.")
            return nil
        }
        guard let pence = WorkplaceCells.hundredths(value), (250...20_000).contains(pence) else {
            findings.warning(
                code: 2590, rule: "WP-TTDIFFRATE-RANGE", column: "TTDIFFRATE",
                "TTDIFFRATE \(WorkplaceCells.quoted(value)) was ignored: it must be an hourly rate from 2.50 to "
                    + "200.00 in pounds, written without a £ sign, such as 10.50.")
            return nil
        }
        return pence
    }
}
