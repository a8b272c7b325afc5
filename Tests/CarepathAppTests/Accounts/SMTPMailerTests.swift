import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOExtras
import NIOPosix
import Testing

@testable import CarepathApp

/// The SMTP sender, against a small SMTP server on loopback that records what it is told.
@Suite("SMTP mailer")
struct SMTPMailerTests {
    /// Speaks just enough SMTP (RFC 5321) to accept one message per connection.
    final class FakeServer: Sendable {
        let lines = NIOLockedValueBox<[String]>([])
        let port: Int
        private let task: Task<Void, any Error>

        init(group: any EventLoopGroup) async throws {
            let server = try await ServerBootstrap(group: group).bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineBasedFrameDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
            port = server.channel.localAddress?.port ?? 0
            let lines = lines
            task = Task {
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        try await connection.executeThenClose { input, output in
                            try await output.write(ByteBuffer(string: "220 fake ESMTP\r\n"))
                            var inData = false
                            for try await buffer in input {
                                let line = String(buffer: buffer).trimmingCharacters(
                                    in: CharacterSet(charactersIn: "\r"))
                                lines.withLockedValue { $0.append(line) }
                                let reply: String?
                                if inData {
                                    inData = line != "."
                                    reply = inData ? nil : "250 queued"
                                } else if line.hasPrefix("EHLO") {
                                    reply = "250-fake\r\n250 AUTH PLAIN"
                                } else if line.hasPrefix("AUTH") {
                                    reply = "235 ok"
                                } else if line == "DATA" {
                                    inData = true
                                    reply = "354 go on"
                                } else if line == "QUIT" {
                                    try await output.write(ByteBuffer(string: "221 bye\r\n"))
                                    break
                                } else {
                                    reply = line.hasPrefix("RCPT TO:<refused") ? "550 no such user" : "250 ok"
                                }
                                if let reply { try await output.write(ByteBuffer(string: reply + "\r\n")) }
                            }
                        }
                    }
                }
            }
        }

        func stop() { task.cancel() }
    }

    @Test("a message arrives with the envelope, authentication, headers and a body that decodes back")
    func sends() async throws {
        let server = try await FakeServer(group: MultiThreadedEventLoopGroup.singleton)
        defer { server.stop() }
        let settings = try #require(
            SMTPSettings(url: "smtp://mailer:s%40cret@127.0.0.1:\(server.port)", from: "Carepath <no-reply@cp.test>"))
        #expect(settings.description == "smtp://mailer:***@127.0.0.1:\(server.port)")
        let mailer = SMTPMailer(settings: settings, eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        try await mailer.send(
            EmailMessage(to: "jo@example.test", subject: "Café invitation", body: "Follow this link:\n.https://x/y £5"))
        let lines = server.lines.withLockedValue { $0 }
        #expect(lines.contains("MAIL FROM:<no-reply@cp.test>"))
        #expect(lines.contains("RCPT TO:<jo@example.test>"))
        let credentials = Data("\u{0}mailer\u{0}s@cret".utf8).base64EncodedString()
        #expect(lines.contains("AUTH PLAIN \(credentials)"))
        #expect(lines.contains("Subject: =?UTF-8?B?\(Data("Café invitation".utf8).base64EncodedString())?="))
        let start = try #require(lines.firstIndex(of: "Content-Transfer-Encoding: base64"))
        let end = try #require(lines.lastIndex(of: "."))
        let body = lines[(start + 2)..<end].joined()
        #expect(
            String(decoding: Data(base64Encoded: body) ?? Data(), as: UTF8.self) == "Follow this link:\n.https://x/y £5"
        )
    }

    @Test("a refusal names the command and the server's reply; header injection is refused before sending")
    func refusals() async throws {
        let server = try await FakeServer(group: MultiThreadedEventLoopGroup.singleton)
        defer { server.stop() }
        let mailer = SMTPMailer(
            settings: try #require(SMTPSettings(url: "smtp://127.0.0.1:\(server.port)")),
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        await #expect(throws: SMTPMailer.Refused.self) {
            try await mailer.send(EmailMessage(to: "refused@example.test", subject: "s", body: "b"))
        }
        await #expect(throws: SMTPMessage.HeaderInjection.self) {
            try await mailer.send(EmailMessage(to: "a@example.test", subject: "s\r\nBcc: x@y", body: "b"))
        }
        #expect(SMTPSettings(url: "http://example.test") == nil)
        #expect(SMTPSettings(url: "smtps://mail.example.test")?.port == 465)
    }
}
