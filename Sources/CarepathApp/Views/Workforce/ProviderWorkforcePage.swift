import CarepathCore
import Plot
import WorkforceMetrics

/// A provider's own workforce figures, workplace by workplace, against fair benchmark groups that
/// leave the workplace itself out (workforce-metrics.md 5.2).
enum ProviderWorkforcePage {
    struct WorkplaceSection {
        var reference: String
        var name: String
        var serviceName: String
        var facts: WorkplaceMetricFacts
        var own: [KPI: KPIMeasurement]
        var benchmarks: [PublishedBenchmark]
    }

    struct PublishedBenchmark {
        var benchmark: Benchmark
        var title: String
        var values: [KPI: DisclosedValue]
        var workers: DisclosedValue
        var level: AreaLevel
    }

    struct Model {
        var reference: String
        var name: String
        var month: YearMonth?
        var kpis: [KPI]
        var workplaces: [WorkplaceSection]
        var isDemo: Bool
    }

    static func render(_ model: Model) -> String {
        let heading = "Workforce benchmarks: \(model.name)"
        var body: [Node<HTML.BodyContext>] = [
            .span(.class("cp-caption-l"), .text("Provider")),
            .h1(.class("cp-heading-xl"), .text(heading)),
            .p(
                .class("cp-body"),
                .text(
                    "Each workplace's own figures beside workplaces with the same main service in the same council, region "
                        + "and England. This provider's own workplaces are left out of every group, a group's figure is "
                        + "shown only when enough workers from enough workplaces stand behind it, and no other "
                        + "provider's figures are shown.")),
        ]
        if model.workplaces.isEmpty {
            body.append(
                .p(
                    .class("cp-inset-text"), .strong(.text("No returns yet.")),
                    .text(" This provider has no current workplaces with figures.")))
        }
        for section in model.workplaces { body += workplace(section, model) }
        body += [
            WorkforceFormat.symbolsFootnote(),
            .p(
                .class("cp-body-s"),
                .text(
                    "Not shown yet: the Good/Outstanding group needs a CQC ratings import, and ICB and size-band groups "
                        + "need ICB and establishment-size reference data.")),
        ]
        return PageLayout(
            title: heading, section: .providers,
            breadcrumbs: [
                Breadcrumb(title: "Providers", url: .providers),
                Breadcrumb(title: model.name, url: .provider(model.reference)),
            ], isDemo: model.isDemo, main: .group(body)
        ).render()
    }

    private static func workplace(_ section: WorkplaceSection, _ model: Model) -> [Node<HTML.BodyContext>] {
        let headers = ["Measure", "This workplace"] + section.benchmarks.map(\.title)
        let rows: [[WorkforceViews.TableCell]] = model.kpis.map { kpi in
            let own = section.own[kpi]?.value
            let ownValue = DisclosedValue(value: own, suppression: nil)
            return [
                .text(kpi.label), .figure(own.map { WorkforceFormat.text(kpi, $0, level: .country) } ?? "", ownValue),
            ]
                + section.benchmarks.map { published in
                    let value = published.values[kpi] ?? .notAvailable
                    return .figure(WorkforceFormat.text(kpi, value, level: published.level), value)
                }
        }
        let sizes = section.benchmarks.map { published in
            "\(published.title): \(WorkforceFormat.count(published.workers)) staff records from "
                + "\(NumberText.grouped(published.benchmark.cell.workplaces)) workplaces"
                + (published.benchmark.usesServiceGroup
                    ? " (all \(section.facts.serviceGroup ?? "similar") services)" : "")
        }
        return [
            .h2(.class("cp-heading-l"), .text("\(section.name) (\(section.reference))")),
            Components.summaryList([
                .init("Main service", text: section.serviceName),
                .init("Return dated", text: section.facts.asOf.ukFormat),
                .init("Staff records", text: NumberText.grouped(section.facts.allRoles.staffRecords)),
            ]),
            WorkforceViews.table(caption: "\(section.name) against its benchmark groups", headers: headers, rows: rows),
            .ul(.class("cp-list cp-body-s"), .forEach(sizes) { .li(.text($0)) }),
        ]
    }
}
