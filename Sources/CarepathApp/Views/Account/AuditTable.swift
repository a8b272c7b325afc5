import Foundation
import Plot
import Vapor

/// One audit entry, as the pages and the API show it.
struct AuditRow: Content, Sendable, Equatable {
    var at: Date
    var actor: String
    var action: String
    var subject: String
    var reason: String?
}

/// The audit log as a table, newest first.
enum AuditTable {
    static func render(_ rows: [AuditRow], caption: String) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text("Nothing has been recorded yet.")) }
        return Components.table(
            caption: caption,
            headers: ["When (UTC)", "Who", "What", "Record", "Reason"],
            rows: rows.map { row in
                [
                    .text(Self.format(row.at)), .text(row.actor), .text(row.action), .text(row.subject),
                    .text(row.reason ?? ""),
                ]
            })
    }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
