import Fluent
import Foundation

/// One workplace's KPI facts as one return left it (``WorkforceMetrics/WorkplaceMetricFacts``), or
/// its removal when `facts` is nil. Rows are only added, so every month's figures can be rebuilt.
final class WorkplaceMetricFactsEntity: Model, @unchecked Sendable {
    static let schema = "workplace_metric_facts"

    @ID(key: .id) var id: UUID?
    @Field(key: "workplace_id") var workplaceID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "return_id") var returnID: UUID
    /// The return's as-of date, `YYYY-MM-DD`: the count date of the facts.
    @Field(key: "as_of") var asOf: String
    /// The ``MetricsStateEntity`` sequence of the completion that wrote the row.
    @Field(key: "sequence") var sequence: Int64
    @OptionalField(key: "district_code") var districtCode: String?
    @OptionalField(key: "cassr_code") var cassrCode: String?
    @OptionalField(key: "region_code") var regionCode: String?
    @OptionalField(key: "main_service") var mainService: Int?
    @OptionalField(key: "service_group") var serviceGroup: String?
    @OptionalField(key: "sector") var sector: String?
    @OptionalField(key: "declared_total_staff") var declaredTotalStaff: Int?
    /// ``WorkforceMetrics/WorkplaceMetricFacts/encodedRoleFacts()``; nil for a removal.
    @OptionalField(key: "facts") var facts: Data?

    init() {}
}

/// One row holding the sequence number of the last completion that wrote facts. Completions
/// increment it inside their transaction, which also makes them write facts one at a time, so
/// a server that has loaded every row up to a sequence has missed none below it.
final class MetricsStateEntity: Model, @unchecked Sendable {
    static let schema = "metrics_state"
    static let singleRow = 1

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "sequence") var sequence: Int64

    init() {}
}
