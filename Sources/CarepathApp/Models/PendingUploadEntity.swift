import Fluent
import Foundation

/// An upload that has been checked and waits for its uploader to complete it (migration 016). Its
/// files and findings are sealed with ``SecretBox``; the counts and the difference report are not,
/// because they name nobody.
final class PendingUploadEntity: Model, @unchecked Sendable {
    static let schema = "pending_uploads"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "user_id") var userID: UUID
    /// `YYYY-MM-DD`: the date the return describes.
    @Field(key: "as_of") var asOf: String
    /// The uploaded files' names, tab-separated: Workplace, Staff, Training (empty when none).
    @Field(key: "file_names") var fileNames: String
    @Field(key: "sealed_workplace") var sealedWorkplace: Data
    @Field(key: "sealed_staff") var sealedStaff: Data
    @OptionalField(key: "sealed_training") var sealedTraining: Data?
    /// The findings as JSON, sealed: messages and values can quote what a row holds.
    @Field(key: "sealed_findings") var sealedFindings: Data
    @Field(key: "errors") var errors: Int
    @Field(key: "warnings") var warnings: Int
    @Field(key: "rows") var rows: Int
    /// The difference report (``ReturnChanges``) as JSON.
    @Field(key: "changes") var changes: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "completed_at") var completedAt: Date?
    @OptionalField(key: "return_id") var returnID: UUID?

    init() {}
}
