import Fluent
import Foundation
import Identity

// Fluent's property wrappers are not Sendable-checked, so these models are `@unchecked Sendable`;
// an instance is only ever used by one task at a time.

/// A provider organisation: it owns workplaces and submits returns.
final class OrganisationEntity: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "reference") var reference: String
    @Field(key: "name") var name: String
    @Field(key: "created_at") var createdAt: Date
    /// An ``OrganisationKind`` raw value (migration 014).
    @Field(key: "kind") var kind: String
    /// A council's or region's area code; `nil` for other kinds.
    @OptionalField(key: "area_code") var areaCode: String?

    init() {}

    init(
        id: UUID, reference: String, name: String, createdAt: Date, kind: OrganisationKind = .provider,
        areaCode: String? = nil
    ) {
        self.id = id
        self.reference = reference
        self.name = name
        self.createdAt = createdAt
        self.kind = kind.rawValue
        self.areaCode = areaCode
    }
}

/// One upload: validated and then completed, or rejected. Every return is kept.
final class ReturnEntity: Model, @unchecked Sendable {
    static let schema = "returns"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    /// `completed` or `rejected`.
    @Field(key: "status") var status: String
    /// The date the return describes, `YYYY-MM-DD`.
    @Field(key: "as_of") var asOf: String
    /// `cli`, `web` or `api`.
    @Field(key: "source") var source: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "completed_at") var completedAt: Date?
    @Field(key: "workplace_rows") var workplaceRows: Int
    @Field(key: "staff_rows") var staffRows: Int
    @Field(key: "training_rows") var trainingRows: Int
    @Field(key: "error_count") var errorCount: Int
    @Field(key: "warning_count") var warningCount: Int
    /// The difference report, as JSON.
    @Field(key: "changes") var changes: String

    init() {}
}

/// One finding of a return, kept for the downloadable report.
final class ReturnFindingEntity: Model, @unchecked Sendable {
    static let schema = "return_findings"

    @ID(key: .id) var id: UUID?
    @Field(key: "return_id") var returnID: UUID
    @Field(key: "file") var file: String
    @Field(key: "line") var line: Int
    @OptionalField(key: "localestid") var localEstablishmentID: String?
    @OptionalField(key: "uniqueworkerid") var uniqueWorkerID: String?
    @Field(key: "column_name") var column: String
    @Field(key: "severity") var severity: String
    @OptionalField(key: "code") var code: Int?
    @Field(key: "rule") var rule: String
    @OptionalField(key: "value") var value: String?
    @Field(key: "message") var message: String

    init() {}
}
