import Flowchart
import Foundation
import Model
import PolicySource
import TestSupport

enum Support {
    static let repoRoot = Fixtures.repoRoot

    static let examples: [Procedure] = Fixtures.examples.procedures

    static func example(_ id: String) -> Procedure {
        examples.first { $0.id == id }!
    }

    static let dot: DotRenderer? = try? DotRenderer.locate()
    static var hasDot: Bool { dot != nil }

    /// Node ids declared in a DOT text, in order.
    static func nodes(_ dot: String) -> [String] {
        dot.split(separator: "\n").compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("\""), !t.contains(" -> "), let end = t.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(t[t.index(after: t.startIndex)..<end])
        }
    }

    /// Edges as "from -> to" with their attribute text.
    static func edges(_ dot: String) -> [(from: String, to: String, attributes: String)] {
        dot.split(separator: "\n").compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard let arrow = t.range(of: "\" -> \"") else { return nil }
            let from = String(t[t.index(after: t.startIndex)..<arrow.lowerBound])
            let rest = t[arrow.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { return nil }
            return (from, String(rest[..<close]), String(rest[close...]))
        }
    }

    /// The quoted label of a node, with DOT's line breaks turned into spaces.
    static func label(of id: String, in dot: String) -> String? {
        guard let line = dot.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"\(id)\" [") }),
              let start = line.range(of: "label=\"") else { return nil }
        var out = ""
        var escaped = false
        for ch in line[start.upperBound...] {
            if escaped {
                out += (ch == "n" || ch == "l") ? " " : String(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "\"" {
                break
            } else {
                out.append(ch)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Runs dot on a DOT text and returns (status, stdout, stderr).
    static func runDot(_ text: String, format: String = "svg") throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot!.executable)
        process.arguments = ["-T\(format)"]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(text.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
