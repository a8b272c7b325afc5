import Fluent
import Foundation
import Testing
import VaporTesting

@testable import CarepathApp

/// Uploading a return on the web and through the API: checked first, shown with every finding and
/// the difference report, stored only when completed, and then only once.
@Suite("Uploading returns on the web and through the API")
struct ReturnUploadTests {
    static func validFiles() throws -> Multipart {
        Multipart(
            fields: ["as-of": Examples.asOf.description],
            files: [
                "workplace": ("workplace-valid.csv", try Examples.text("workplace-valid.csv")),
                "staff": ("staff-valid.csv", try Examples.text("staff-valid.csv")),
                "training": ("training-valid.csv", try Examples.text("training-valid.csv")),
            ])
    }

    @Test("the upload form works without JavaScript, and loads the script that shows its progress")
    func progressEnhancement() async throws {
        try await withTestApp { app in
            var admin = try await TestAccounts.session(app, organisation: "UPLOADER")
            let form = try await admin.get(app, "/providers/UPLOADER/returns/new").body.string
            #expect(form.contains(#"<script src="/static/upload-progress.js" defer="defer"></script>"#))
            #expect(form.contains(#"method="post""#) && form.contains(#"enctype="multipart/form-data""#))
            #expect(form.contains(#"data-upload-progress="upload-progress""#))
            #expect(form.contains(#"id="upload-progress" role="status" hidden="hidden""#))
            try await app.testing().test(.GET, "/static/upload-progress.js") { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.description.contains("javascript") == true)
                #expect(response.body.string.contains("upload.addEventListener(\"progress\""))
            }
        }
    }

    @Test("The valid example set: checked, shown, completed once as the organisation's first return")
    func webUpload() async throws {
        try await withTestApp { app in
            var admin = try await TestAccounts.session(app, organisation: "UPLOADER")
            let organisation = try #require(
                try await OrganisationEntity.query(on: app.db).filter(\.$reference == "UPLOADER").first())
            #expect(try await admin.get(app, "/providers/UPLOADER/returns/new").status == .ok)
            let checked = try await admin.post(app, "/providers/UPLOADER/returns", multipart: try Self.validFiles())
            #expect(checked.status == .seeOther)
            let page = try #require(checked.headers.first(name: .location))
            #expect(
                try await ReturnEntity.query(on: app.db).filter(\.$organisationID == organisation.requireID()).count()
                    == 0)
            let shown = try await admin.get(app, page)
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("What the return changes"))
            #expect(shown.body.string.contains("Complete upload"))
            let csv = try await admin.get(app, page + "/findings.csv")
            #expect(csv.body.string.hasPrefix("file,line,localestid,uniqueworkerid,column,severity,code,rule,message"))
            let completed = try await admin.post(app, page + "/complete")
            #expect(completed.status == .seeOther)
            #expect(try await admin.get(app, page).body.string.contains("stored"))
            #expect(
                try await ReturnEntity.query(on: app.db).filter(\.$organisationID == organisation.requireID()).count()
                    == 1)
            #expect(try await admin.post(app, page + "/complete").status == .notFound)
            #expect(
                try await ReturnEntity.query(on: app.db).filter(\.$organisationID == organisation.requireID()).count()
                    == 1)
        }
    }

    @Test("Errors are listed by file and rule and block completing; an unreadable file is named")
    func invalidUploads() async throws {
        try await withTestApp { app in
            var admin = try await TestAccounts.session(app, organisation: "UPLOADER")
            _ = try await admin.get(app, "/providers/UPLOADER/returns/new")
            var invalid = try Self.validFiles()
            invalid.files["staff"] = ("staff-invalid.csv", try Examples.text("staff-invalid.csv"))
            let checked = try await admin.post(app, "/providers/UPLOADER/returns", multipart: invalid)
            let page = try #require(checked.headers.first(name: .location))
            let shown = try await admin.get(app, page)
            #expect(shown.body.string.contains("There is a problem"))
            #expect(shown.body.string.contains("cannot be completed"))
            #expect(!shown.body.string.contains("Complete upload"))
            #expect(try await admin.post(app, page + "/complete").status == .forbidden)

            var wrong = try Self.validFiles()
            wrong.files["staff"] = ("notes.csv", "not,an,ascwds,file\n1,2,3,4\n")
            let refused = try await admin.post(app, "/providers/UPLOADER/returns", multipart: wrong)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("notes.csv"))
            var missing = try Self.validFiles()
            missing.files["workplace"] = nil
            let noWorkplace = try await admin.post(app, "/providers/UPLOADER/returns", multipart: missing)
            #expect(noWorkplace.status == .unprocessableEntity)
            #expect(noWorkplace.body.string.contains("Choose the Workplace file"))
            #expect(try await PendingUploadEntity.query(on: app.db).count() == 1)
        }
    }

    @Test("Only the provider's editors upload; the CSRF token is checked on file uploads too")
    func access() async throws {
        try await withTestApp { app in
            try await AccessWorld.build(app)
            var viewer = try await AccessWorld.session(.sunriseViewer, app)
            _ = try await viewer.get(app, "/providers/SUNRISE")
            #expect(try await viewer.get(app, "/providers/SUNRISE/returns/new").status == .forbidden)
            #expect(
                try await viewer.post(app, "/providers/SUNRISE/returns", multipart: try Self.validFiles()).status
                    == .forbidden)
            var other = try await AccessWorld.session(.harbourAdmin, app)
            _ = try await other.get(app, "/providers/HARBOUR")
            #expect(
                try await other.post(app, "/providers/SUNRISE/returns", multipart: try Self.validFiles()).status
                    == .notFound)
            var admin = try await AccessWorld.session(.sunriseAdmin, app)
            _ = try await admin.get(app, "/providers/SUNRISE/returns/new")
            let forged = try await admin.post(
                app, "/providers/SUNRISE/returns", multipart: try Self.validFiles(), csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await PendingUploadEntity.query(on: app.db).count() == 0)
        }
    }

    @Test("The API checks with returns:write and answers with the findings; completing stores the return")
    func api() async throws {
        try await withTestApp { app in
            let user = try await TestAccounts.member(app, organisation: "UPLOADER")
            let token = try await TestAccounts.token(for: user, scopes: [.returnsWrite], app)
            let readOnly = try await TestAccounts.token(for: user, scopes: [.providersRead], app)
            var files = try Self.validFiles()
            files.fields["provider"] = "UPLOADER"
            var pending: APIv1.PendingReturn?
            try await app.testing().test(
                .POST, "/api/v1/returns",
                headers: ["Authorization": "Bearer \(token)", "Content-Type": Multipart.contentType],
                body: .init(string: files.body)
            ) { response async throws in
                #expect(response.status == .created, "\(response.body.string)")
                pending = try response.content.decode(APIv1.PendingReturn.self)
            }
            let checked = try #require(pending)
            #expect(checked.errors == 0)
            #expect(checked.changes.staffCreated > 0)
            try await app.testing().test(
                .POST, "/api/v1/returns/\(checked.id.uuidString)/complete",
                headers: ["Authorization": "Bearer \(readOnly)"]
            ) { response async in
                #expect(response.status == .forbidden)
            }
            try await app.testing().test(
                .POST, "/api/v1/returns/\(checked.id.uuidString)/complete",
                headers: ["Authorization": "Bearer \(token)"]
            ) { response async throws in
                #expect(response.status == .ok, "\(response.body.string)")
                #expect(try response.content.decode(APIv1.CompletedReturn.self).returnID != nil)
            }
        }
    }
}
