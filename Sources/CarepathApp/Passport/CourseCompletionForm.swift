import Foundation
import Passport
import Vapor

/// A training provider's "issue a course completion" form.
struct CourseCompletionForm: Content, Sendable {
    /// The worker's passport identifier (`did:key`), which their passport page shows them.
    var subject: String?
    var course: String?
    var completed: String?

    /// The issuing request, or the problems, each naming its field.
    func parsed(courses: Set<String>, today: Passport.CalendarDate) -> Result<PassportIssuance.Request, FieldErrors> {
        var errors: [Components.FieldError] = []
        let subject = (subject ?? "").trimmingCharacters(in: .whitespaces)
        if (try? DIDKey.publicKey(from: subject)) == nil || subject.contains("#") {
            errors.append(
                .init(fieldID: "subject", message: "Enter the worker's passport identifier, which starts did:key:z6Mk"))
        }
        if !courses.contains(course ?? "") {
            errors.append(.init(fieldID: "course", message: "Choose a course from the list"))
        }
        let completedOn = completed.flatMap(Passport.CalendarDate.init(iso:))
        if completedOn == nil || completedOn! > today {
            errors.append(
                .init(fieldID: "completed", message: "Enter the completion date as YYYY-MM-DD, not after today"))
        }
        guard errors.isEmpty, let course, let completedOn else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            PassportIssuance.Request(subjectDID: subject, achievementCode: course, completedOn: completedOn))
    }
}
