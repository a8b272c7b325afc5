import Vapor

/// How an error looks over HTTP: the one place that maps errors to statuses.
struct HTTPErrorDescription: Sendable, Equatable {
    var status: HTTPResponseStatus
    /// A stable, machine-readable identifier for API clients.
    var code: String
    /// A page heading, such as "Page not found".
    var title: String
    /// What happened and what to do, safe to show to anyone.
    var message: String

    init(_ error: any Error) {
        switch error {
        case let error as CarepathError:
            self.init(carepath: error)
        case let abort as any AbortError where abort.status == .notFound:
            self.init(
                status: .notFound, code: "not-found", title: "Page not found",
                message: "If you typed the web address, check it is correct.")
        case let abort as any AbortError:
            self.init(
                status: abort.status, code: "http-\(abort.status.code)", title: abort.status.reasonPhrase,
                message: abort.reason)
        default:
            // Internal details go to the log, never to the page.
            self.init(
                status: .internalServerError, code: "internal-error",
                title: "Sorry, there is a problem with the service",
                message: "Try again later.")
        }
    }

    init(status: HTTPResponseStatus, code: String, title: String, message: String) {
        self.status = status
        self.code = code
        self.title = title
        self.message = message
    }

    private init(carepath error: CarepathError) {
        switch error {
        case .areaNotFound:
            self.init(status: .notFound, code: "area-not-found", title: "Area not found", message: error.description)
        case .providerNotFound:
            self.init(
                status: .notFound, code: "provider-not-found", title: "Provider not found", message: error.description)
        case .invalidAreaCode:
            self.init(status: .notFound, code: "area-not-found", title: "Area not found", message: error.description)
        case .invalidPostcode:
            self.init(
                status: .badRequest, code: "invalid-postcode", title: "Enter a real postcode",
                message: error.description)
        case .postcodeNotFound:
            self.init(
                status: .notFound, code: "postcode-not-found", title: "Postcode not found", message: error.description)
        case .fileUnreadable:
            self.init(
                status: .unprocessableEntity, code: "invalid-file", title: "The file cannot be used",
                message: error.description)
        case .invalidLevers:
            self.init(
                status: .unprocessableEntity, code: "invalid-levers", title: "Check the scenario",
                message: error.description)
        case .planningUnavailable:
            self.init(
                status: .unprocessableEntity, code: "projection-unavailable", title: "No projection for this area",
                message: error.description)
        case .scenarioNotFound:
            self.init(
                status: .notFound, code: "scenario-not-found", title: "Scenario not found", message: error.description)
        case .kpiNotFound:
            self.init(status: .notFound, code: "kpi-not-found", title: "KPI not found", message: error.description)
        case .invalidFilter:
            self.init(
                status: .badRequest, code: "invalid-filter", title: "Check the filters", message: error.description)
        case .signInRequired:
            self.init(
                status: .unauthorized, code: "sign-in-required", title: "Sign in", message: error.description)
        case .invalidAPIToken:
            self.init(
                status: .unauthorized, code: "invalid-token", title: "Sign in", message: error.description)
        case .forbidden:
            self.init(
                status: .forbidden, code: "forbidden", title: "You cannot do this", message: error.description)
        case .csrfTokenMismatch:
            self.init(
                status: .forbidden, code: "csrf-token-mismatch", title: "The form has expired",
                message: error.description)
        case .recordNotFound:
            self.init(status: .notFound, code: "not-found", title: "Page not found", message: error.description)
        case .invalidInput:
            self.init(
                status: .unprocessableEntity, code: "invalid-input", title: "Check your answers",
                message: error.description)
        case .passportUnavailable:
            self.init(
                status: .conflict, code: "passport-unavailable", title: "The passport cannot do this yet",
                message: error.description)
        case .databaseUnreachable, .databaseNotMigrated, .referenceDataInconsistent, .metricsStateMissing:
            self.init(
                status: .serviceUnavailable, code: "service-unavailable",
                title: "Sorry, the service is unavailable", message: "Try again later.")
        }
    }
}
