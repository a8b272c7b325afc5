import Foundation
import NIOCore
import NIOExtras
import NIOPosix
import NIOSSL

/// Sends each email over SMTP, one connection per message (Carepath sends few: invitations and
/// unlock links).
struct SMTPMailer: Mailer {
    var settings: SMTPSettings
    var eventLoopGroup: any EventLoopGroup

    struct Refused: Error, CustomStringConvertible {
        var command: String
        var reply: String
        var description: String { "the mail server refused \(command): \(reply)" }
    }

    func send(_ message: EmailMessage) async throws {
        let data = try SMTPMessage.render(
            message, from: settings.from, date: Date(), messageID: "\(UUID().uuidString)@carepath")
        let tls = try settings.usesTLS ? NIOSSLContext(configuration: .makeClientConfiguration()) : nil
        let host = settings.host
        let channel = try await ClientBootstrap(group: eventLoopGroup).connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: tls, serverHostname: host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineBasedFrameDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            func expect(_ codes: Set<Int>, after command: String) async throws {
                // A reply may span lines: "250-…" continues, "250 …" ends it.
                var reply = ""
                while let line = try await lines.next() {
                    let text = String(buffer: line).trimmingCharacters(in: .whitespacesAndNewlines)
                    reply += text + " "
                    if text.count < 4 || text[text.index(text.startIndex, offsetBy: 3)] != "-" { break }
                }
                guard let code = Int(reply.prefix(3)), codes.contains(code) else {
                    throw Refused(command: command, reply: reply.trimmingCharacters(in: .whitespaces))
                }
            }
            func say(_ line: String, expecting codes: Set<Int>, shown: String? = nil) async throws {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
                try await expect(codes, after: shown ?? line)
            }
            try await expect([220], after: "the greeting")
            try await say("EHLO carepath", expecting: [250])
            if let user = settings.username, let password = settings.password {
                let credentials = Data("\u{0}\(user)\u{0}\(password)".utf8).base64EncodedString()
                try await say("AUTH PLAIN \(credentials)", expecting: [235], shown: "AUTH PLAIN")
            }
            try await say("MAIL FROM:<\(settings.fromAddress)>", expecting: [250])
            try await say("RCPT TO:<\(message.to)>", expecting: [250, 251])
            try await say("DATA", expecting: [354])
            try await say(data + ".", expecting: [250], shown: "the message")
            try await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        }
    }
}
