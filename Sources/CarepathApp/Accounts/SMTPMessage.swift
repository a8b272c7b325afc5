import Foundation

/// An email as SMTP's DATA carries it: RFC 5322 headers and a base64 UTF-8 text body, so any
/// character survives any relay.
enum SMTPMessage {
    struct HeaderInjection: Error, CustomStringConvertible {
        var field: String
        var description: String { "the email's \(field) contains a line break" }
    }

    static func render(_ message: EmailMessage, from: String, date: Date, messageID: String) throws -> String {
        for (field, value) in [("recipient", message.to), ("subject", message.subject), ("sender", from)]
        where value.contains(where: \.isNewline) {
            throw HeaderInjection(field: field)
        }
        let body = Data(message.body.replacingOccurrences(of: "\r\n", with: "\n").utf8).base64EncodedString(
            options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        let headers = [
            "From: \(from)",
            "To: \(message.to)",
            "Subject: \(encodeHeader(message.subject))",
            "Date: \(rfc5322(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n"
    }

    /// RFC 2047 encoding for a header with any non-ASCII character.
    static func encodeHeader(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        return "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
