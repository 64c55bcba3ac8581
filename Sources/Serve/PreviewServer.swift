import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `escalate serve`, on one address of this machine.
public struct PreviewServer: Sendable {
    /// Ports tried after the one asked for, when it is taken.
    static let portsTried: UInt16 = 20

    public enum Failure: Error, CustomStringConvertible {
        case badHost(String)
        case noFreePort(UInt16)

        public var description: String {
            switch self {
            case .badHost(let host): return "'\(host)' is not an IPv4 or IPv6 address (use 127.0.0.1, ::1 or an address of this machine)"
            case .noFreePort(let port): return "ports \(port) to \(port + PreviewServer.portsTried - 1) are all in use: pass --port with another"
            }
        }
    }

    public let server: HTTPServer
    /// The port actually listened on (a later one when the asked one was taken; any free one for 0).
    public let port: UInt16

    /// Starts serving `root` on `host`, at `port` or the first free port after it.
    public static func start(root: URL, state: PreviewState, host: String, port: UInt16) async throws -> PreviewServer {
        let candidates: [UInt16] = port == 0 ? [0] : (0..<portsTried).compactMap { port.addingReportingOverflow($0).overflow ? nil : port + $0 }
        for candidate in candidates {
            guard try isFree(host: host, port: candidate) else { continue }
            let server = try HTTPServer(address: address(host: host, port: candidate), logger: .disabled,
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

    /// Whether `port` can be bound now: a listening server elsewhere makes binding fail.
    private static func isFree(host: String, port: UInt16) throws -> Bool {
        let address = try address(host: host, port: port)
        let socket = try Socket(domain: Int32(type(of: address).family), type: .stream)
        defer { try? socket.close() }
        do {
            try socket.bind(to: address)
            return true
        } catch {
            return false
        }
    }

    /// Whether `host` is this machine's own loopback, the only address served without asking.
    public static func isLoopback(_ host: String) -> Bool {
        host == "::1" || host.hasPrefix("127.")
    }
}
