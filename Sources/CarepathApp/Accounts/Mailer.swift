import Logging
import NIOConcurrencyHelpers
import Vapor

/// An email Carepath sends: invitations and unlock links.
struct EmailMessage: Sendable, Equatable {
    var to: String
    var subject: String
    var body: String
}

/// Sends email. Development and demos write messages to the log, so links can be followed without
/// a mail server.
protocol Mailer: Sendable {
    func send(_ message: EmailMessage) async throws
}

/// Writes each message to the log instead of sending it. Bodies carry single-use links, so they
/// are logged only in development and demos; elsewhere the log says a message went unsent.
struct LogMailer: Mailer {
    var logger: Logger
    var includesBodies: Bool

    func send(_ message: EmailMessage) async throws {
        if includesBodies {
            logger.notice("Email to \(message.to): \(message.subject)\n\(message.body)")
        } else {
            logger.warning(
                "Email to \(message.to) not sent (\(message.subject)): set CAREPATH_SMTP_URL to send email")
        }
    }
}

/// Keeps every message, for tests.
final class RecordingMailer: Mailer {
    private let box = NIOLockedValueBox<[EmailMessage]>([])

    init() {}

    var sent: [EmailMessage] { box.withLockedValue { $0 } }

    func send(_ message: EmailMessage) async throws {
        box.withLockedValue { $0.append(message) }
    }
}

extension Application {
    private struct MailerKey: StorageKey {
        typealias Value = any Mailer
    }

    /// How Carepath sends email; ``configure(_:config:)`` installs ``LogMailer``.
    var mailer: any Mailer {
        get { storage[MailerKey.self] ?? LogMailer(logger: logger, includesBodies: false) }
        set { storage[MailerKey.self] = newValue }
    }
}
