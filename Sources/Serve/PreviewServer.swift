import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `escalate serve`, on one address of this machine.
public struct PreviewServer: Sendable {
    /// Ports tried after the one asked for, when it is taken.
    static let portsTried: UInt16 = 20

    public enum Failure: Error, CustomStringConvertible {
        case badHost(String)
        case cannotListen(String, String)
        case noFreePort(UInt16)

        public var description: String {
            switch self {
            case .badHost(let host): return "'\(host)' is not an IPv4 or IPv6 address (use 127.0.0.1, ::1 or an address of this machine)"
            case .cannotListen(let host, let reason): return "cannot listen on \(host): \(reason) (is it an address of this machine?)"
            case .noFreePort(let port): return "ports \(port) to \(port + PreviewServer.portsTried - 1) are all in use: pass --port with another"
            }
        }
    }

    /// How long one request may take. The reload's wait is held open for less than this.
    static let requestTimeout: TimeInterval = 60

    /// `host` as the server listens on it: an IPv4 or IPv6 literal, or `localhost` as
    /// 127.0.0.1; nil when it is neither, which the command reports as a usage mistake.
    public static func listeningHost(_ host: String) -> String? {
        if host == "localhost" { return "127.0.0.1" }
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1 { return host }
        return nil
    }

    public let server: HTTPServer
    /// The port actually listened on (a later one when the asked one was taken; any free one for 0).
    public let port: UInt16

    /// Starts serving `root` on `host`, at `port` or the first free port after it.
    public static func start(root: URL, state: PreviewState, host: String, port: UInt16) async throws -> PreviewServer {
        let candidates: [UInt16] = port == 0 ? [0] : (0..<portsTried).compactMap { port.addingReportingOverflow($0).overflow ? nil : port + $0 }
        for candidate in candidates {
            guard try isFree(host: host, port: candidate) else { continue }
            let server = try HTTPServer(address: address(host: host, port: candidate), timeout: requestTimeout, logger: .disabled,
                                        handler: PreviewHandler(root: root, state: state))
            Task { try await server.run() }
            do {
                try await server.waitUntilListening(timeout: 5)
            } catch {
                continue  // taken between the probe and the listen
            }
            let listening: UInt16
            switch await server.listeningAddress {
            case .ip4(_, let p), .ip6(_, let p): listening = p
            default: listening = candidate
            }
            return PreviewServer(server: server, port: listening)
        }
        throw Failure.noFreePort(port)
    }

    private static func address(host: String, port: UInt16) throws -> any SocketAddress {
        do {
            return host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw Failure.badHost(host)
        }
    }

    /// Whether `port` can be listened on now. Address reuse is set, as the server sets it, so
    /// connections of a preview just stopped (TIME_WAIT) do not push a restart to another port;
    /// another server listening there still does. Any other failure is not about the port.
    private static func isFree(host: String, port: UInt16) throws -> Bool {
        let address = try address(host: host, port: port)
        let socket = try Socket(domain: Int32(type(of: address).family), type: .stream)
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        do {
            try socket.bind(to: address)
            return true
        } catch SocketError.failed(_, let code, let message) {
            if code == EADDRINUSE || code == EACCES { return false }
            throw Failure.cannotListen(host, message)
        }
    }

    /// Whether `host` is this machine's own loopback, the only address served without asking.
    public static func isLoopback(_ host: String) -> Bool {
        host == "::1" || host.hasPrefix("127.")
    }
}
