import Foundation

/// One bad or hostile input: edits to a copy of the example content, and what escalate must
/// make of it.
struct BadInput: Sendable {
    enum Edit: Sendable {
        /// Replace the one occurrence of `old` in `file` (a substring, not only whole lines).
        case replace(file: String, old: String, new: String)
        case write(file: String, text: String)
        case bytes(file: String, [UInt8])
        /// Insert raw bytes before the first occurrence of `before`.
        case insertBytes(file: String, before: String, [UInt8])
        case symlink(file: String, target: String)
        case fifo(file: String)
        case remove(file: String)
    }

    enum Outcome: Sendable, Equatable {
        /// Built, with nothing from the input reaching a page unescaped.
        case accepted
        /// Refused with this code (an error), and the previous output left as it was.
        case refused(String)
    }

    var name: String
    var edits: [Edit]
    var outcome: Outcome

    static let herts = "policies/000_herts.md"

    func apply(in content: URL) throws {
        let fm = FileManager.default
        for edit in edits {
            switch edit {
            case .replace(let file, let old, let new):
                let url = content.appendingPathComponent(file)
                let text = try String(contentsOf: url, encoding: .utf8)
                guard let range = text.range(of: old) else { throw CorpusFailure("corpus bug: '\(old)' is not in \(file)") }
                try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
            case .write(let file, let text):
                let url = content.appendingPathComponent(file)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            case .bytes(let file, let bytes):
                try Data(bytes).write(to: content.appendingPathComponent(file))
            case .insertBytes(let file, let before, let bytes):
                let url = content.appendingPathComponent(file)
                var data = [UInt8](try Data(contentsOf: url))
                let needle = [UInt8](before.utf8)
                guard let at = (0...(data.count - needle.count)).first(where: { Array(data[$0..<($0 + needle.count)]) == needle }) else {
                    throw CorpusFailure("corpus bug: '\(before)' is not in \(file)")
                }
                data.insert(contentsOf: bytes, at: at)
                try Data(data).write(to: url)
            case .symlink(let file, let target):
                let url = content.appendingPathComponent(file)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.createSymbolicLink(atPath: url.path, withDestinationPath: target)
            case .fifo(let file):
                guard mkfifo(content.appendingPathComponent(file).path, 0o644) == 0 else { throw CorpusFailure("mkfifo failed") }
            case .remove(let file):
                try fm.removeItem(at: content.appendingPathComponent(file))
            }
        }
    }
}

struct CorpusFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
